// How many claims claims-resting-on finds, counted without reading them: the same match, each
// dependent once. $ratings; $maps; $mapIds; $maxDepth (see claims-resting-on). Returns total.
MATCH (f:FactCheck)-[:CHECKS]->(rated:Claim)
  WHERE f.rating IN $ratings AND ($mapIds IS NULL OR rated.mapId IN $mapIds)
WITH DISTINCT rated
MATCH path = SHORTEST 1 (rated)((a:Claim)-[:PREMISE_OF|STATES]->(mid:Inference|Proposition)-[:CONCLUDES|STATES]-(b:Claim)
      WHERE $mapIds IS NULL OR b.mapId IN $mapIds){0,10}(dependent:Claim)
  WHERE length(path) <= 2 * $maxDepth AND ($maps IS NULL OR dependent.mapId IN $maps)
RETURN count(DISTINCT dependent) AS total
