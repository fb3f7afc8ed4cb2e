// How many chains reasoning-chains-across-maps finds for a conclusion, counted without reading
// them: the same match and filter, ending in count(*). $conclusionId; $mapIds (null = every map);
// $maxDepth: 1..10 (see reasoning-chains-across-maps). Returns total.
MATCH (conclusion:Claim {id: $conclusionId})
MATCH path = (conclusion)((later:Claim)-[:CONCLUDES|STATES]-(step:Inference|Proposition)<-[:PREMISE_OF|STATES]-(earlier:Claim WHERE $mapIds IS NULL OR earlier.mapId IN $mapIds)){1,10}(origin:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT conclusion IN earlier
  AND all(k IN range(0, size(earlier) - 2) WHERE NOT earlier[k] IN earlier[k + 1..])
  AND all(k IN range(0, size(step) - 2) WHERE NOT step[k] IN step[k + 1..])
WITH conclusion, earlier, step, origin, size(step) AS depth,
     EXISTS {
       MATCH (origin)-[:CONCLUDES|STATES]-(next:Inference|Proposition)<-[:PREMISE_OF|STATES]-(further:Claim)
       WHERE NOT further IN earlier AND further <> conclusion AND NOT next IN step
         AND ($mapIds IS NULL OR further.mapId IN $mapIds)
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
RETURN count(*) AS total
