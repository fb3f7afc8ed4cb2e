// Creates an inference from linked premises to a conclusion, all checked to exist in its map.
// $inference {id, key, mapId, scheme, warrant}, $premiseIds, $conclusionId. Returns inference.
MATCH (conclusion:Claim {id: $conclusionId})
CREATE (i:Inference)
SET i = $inference
CREATE (i)-[:CONCLUDES]->(conclusion)
WITH i
CALL (i) {
  UNWIND $premiseIds AS premiseId
  MATCH (premise:Claim {id: premiseId})
  CREATE (premise)-[:PREMISE_OF]->(i)
}
RETURN properties(i) AS inference
