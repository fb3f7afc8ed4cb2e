// How many claims dependent-claims finds for an actor, counted without reading them: the same
// shortest-path match, ending in count(*). $actorId; $via; $maxDepth: 0..10 (see dependent-claims).
// Returns total.
MATCH (actor:Actor {id: $actorId})
MATCH path = SHORTEST 1 (actor)-[link:ASSERTS|ABOUT WHERE type(link) IN $via]-(linked:Claim)((:Claim)-[:PREMISE_OF]->(step:Inference)-[:CONCLUDES]->(later:Claim)){0,10}(dependent:Claim)
  WHERE length(path) <= 1 + 2 * $maxDepth
RETURN count(*) AS total
