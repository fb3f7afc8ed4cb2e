// An inference with exactly these premises and this conclusion, if one exists (the same inference
// twice is refused). $premiseIds (distinct), $conclusionId. Returns id.
MATCH (:Claim {id: $conclusionId})<-[:CONCLUDES]-(i:Inference)
WHERE COUNT { (:Claim)-[:PREMISE_OF]->(i) } = size($premiseIds)
  AND all(premiseId IN $premiseIds WHERE EXISTS { (:Claim {id: premiseId})-[:PREMISE_OF]->(i) })
RETURN i.id AS id
LIMIT 1
