// Gives each attack exactly the attacker and target of its row (step 7 of importMap). $attacks:
// rows {id, kind, attackerId, targetId}; a REBUT targets a claim, an UNDERCUT an inference or an
// attack, all written earlier in the same transaction.
UNWIND $attacks AS row
MATCH (a:Attack {id: row.id})
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
OPTIONAL MATCH (attack:Attack {id: row.targetId}) WHERE row.kind = 'UNDERCUT'
WITH a, coalesce(claim, inference, attack) AS target
MERGE (a)-[:TARGETS]->(target)
