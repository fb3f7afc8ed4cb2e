// How many chains reasoning-chains finds for a conclusion, counted without reading them: the same
// match and filter, ending in count(*). $conclusionId; $maxDepth: 1..10 (see reasoning-chains).
// Returns total.
MATCH (conclusion:Claim {id: $conclusionId})
MATCH path = (conclusion)((later:Claim)<-[:CONCLUDES]-(step:Inference)<-[:PREMISE_OF]-(earlier:Claim)){1,10}(origin:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT conclusion IN earlier
  AND all(k IN range(0, size(earlier) - 2) WHERE NOT earlier[k] IN earlier[k + 1..])
WITH conclusion, earlier, origin, size(step) AS depth,
     EXISTS {
       MATCH (further:Claim)-[:PREMISE_OF]->(:Inference)-[:CONCLUDES]->(origin)
       WHERE NOT further IN earlier AND further <> conclusion
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
RETURN count(*) AS total
