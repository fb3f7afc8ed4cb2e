// How many claims entity-dependent-claims finds for an entity, counted without reading them: the
// same shortest-path match, one count per dependent claim however many actors reach it.
// $entityId; $mapIds (null = every map); $via; $maxDepth: 0..10 (see entity-dependent-claims).
// Returns total.
MATCH (:Entity {id: $entityId})<-[:REFERS_TO]-(actor:Actor)
WHERE $mapIds IS NULL OR actor.mapId IN $mapIds
MATCH path = SHORTEST 1 (actor)-[link:ASSERTS|ABOUT WHERE type(link) IN $via]-(linked:Claim WHERE $mapIds IS NULL OR linked.mapId IN $mapIds)
      ((:Claim)-[:PREMISE_OF|STATES]->(step:Inference|Proposition)-[:CONCLUDES|STATES]-(later:Claim WHERE $mapIds IS NULL OR later.mapId IN $mapIds)){0,10}
      (dependent:Claim)
  WHERE length(path) <= 1 + 2 * $maxDepth
RETURN count(DISTINCT dependent) AS total
