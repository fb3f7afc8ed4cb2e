// How many chains consequences-across-maps finds for a premise, counted without reading them: the
// same match and filter, ending in count(*). $premiseId; $mapIds (null = every map); $maxDepth:
// 1..10 (see consequences-across-maps). Returns total.
MATCH (premise:Claim {id: $premiseId})
MATCH path = (premise)((earlier:Claim)-[:PREMISE_OF|STATES]->(step:Inference|Proposition)-[:CONCLUDES|STATES]-(later:Claim WHERE $mapIds IS NULL OR later.mapId IN $mapIds)){1,10}(last:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT premise IN later
  AND all(k IN range(0, size(later) - 2) WHERE NOT later[k] IN later[k + 1..])
  AND all(k IN range(0, size(step) - 2) WHERE NOT step[k] IN step[k + 1..])
WITH premise, later, step, last, size(step) AS depth,
     EXISTS {
       MATCH (last)-[:PREMISE_OF|STATES]->(next:Inference|Proposition)-[:CONCLUDES|STATES]-(further:Claim)
       WHERE NOT further IN later AND further <> premise AND NOT next IN step
         AND ($mapIds IS NULL OR further.mapId IN $mapIds)
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
RETURN count(*) AS total
