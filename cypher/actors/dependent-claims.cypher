// Every claim whose support rests on a claim linked to an actor, with the shortest explaining chain.
// $actorId; $via: link kinds that count ('ASSERTS', 'ABOUT'); $maxDepth: 0..10 support steps
// (literal ceiling {0,10}; the WHERE filters by length, see below). SHORTEST 1 keeps one shortest path per dependent
// claim, found breadth-first, so cycles cannot loop. A claim linked to the actor itself has distance 0.
// $via is an inline predicate of the link on purpose: a MATCH's WHERE filters the paths after
// SHORTEST has chosen them, so a dependent whose shortest path starts with an unwanted link would be
// lost. The length bound may stay in the WHERE: if the shortest path is too long, so is every other.
// Returns claim, link, distance, chainClaims (the linked claim first), chainInferences; nearest first.
MATCH (actor:Actor {id: $actorId})
MATCH path = SHORTEST 1 (actor)-[link:ASSERTS|ABOUT WHERE type(link) IN $via]-(linked:Claim)((:Claim)-[:PREMISE_OF]->(step:Inference)-[:CONCLUDES]->(later:Claim)){0,10}(dependent:Claim)
  WHERE length(path) <= 1 + 2 * $maxDepth
RETURN properties(dependent) AS claim, type(link) AS link, size(step) AS distance,
       [properties(linked)] + [c IN later | properties(c)] AS chainClaims,
       [i IN step | properties(i)] AS chainInferences
ORDER BY distance, claim.id
