// Upserts attacks with exactly the attacker and target of each row (step 6 of importMap).
// $mapId; $attacks: rows {id, key, kind, attackerId, targetId}; a REBUT targets a claim, an
// UNDERCUT an inference, both written earlier in the same transaction.
UNWIND $attacks AS row
MERGE (a:Attack {id: row.id})
SET a.key = row.key, a.mapId = $mapId, a.kind = row.kind
WITH a, row
CALL (a, row) {
  MATCH (c:Claim)-[r:ATTACKER_OF]->(a) WHERE c.id <> row.attackerId
  DELETE r
}
CALL (a, row) {
  MATCH (a)-[r:TARGETS]->(t) WHERE t.id <> row.targetId
  DELETE r
}
MATCH (attacker:Claim {id: row.attackerId})
MERGE (attacker)-[:ATTACKER_OF]->(a)
WITH a, row
OPTIONAL MATCH (claim:Claim {id: row.targetId}) WHERE row.kind = 'REBUT'
OPTIONAL MATCH (inference:Inference {id: row.targetId}) WHERE row.kind = 'UNDERCUT'
WITH a, coalesce(claim, inference) AS target
MERGE (a)-[:TARGETS]->(target)
