// How many chains consequences finds for a premise, counted without reading them: the same match
// and filter, ending in count(*). $premiseId; $maxDepth: 1..10 (see consequences). Returns total.
MATCH (premise:Claim {id: $premiseId})
MATCH path = (premise)((earlier:Claim)-[:PREMISE_OF]->(step:Inference)-[:CONCLUDES]->(later:Claim)){1,10}(last:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT premise IN later
  AND all(k IN range(0, size(later) - 2) WHERE NOT later[k] IN later[k + 1..])
WITH premise, later, last, size(step) AS depth,
     EXISTS {
       MATCH (last)-[:PREMISE_OF]->(:Inference)-[:CONCLUDES]->(further:Claim)
       WHERE NOT further IN later AND further <> premise
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
RETURN count(*) AS total
