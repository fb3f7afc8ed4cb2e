// Upserts rephrases (AIF MA) as relationships between two claims (step 8 of importMap). $mapId;
// $rephrases: rows {id, key, scheme, fromId, toId}. A rephrase whose id or ends changed was
// removed by prune-map first, so MERGE on the id finds at most the identical relationship.
UNWIND $rephrases AS row
MATCH (from:Claim {id: row.fromId})
MATCH (to:Claim {id: row.toId})
MERGE (from)-[r:REPHRASED_AS {id: row.id}]->(to)
SET r.key = row.key, r.mapId = $mapId, r.scheme = row.scheme
