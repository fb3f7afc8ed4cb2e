// A page of the claims whose support rests on a claim linked to an actor, nearest first, each with
// the shortest explaining chain.
// $actorId; $via: link kinds that count ('ASSERTS', 'ABOUT'); $maxDepth: 0..10 support steps
// (the ceiling {0,10} is lowered to $maxDepth by defineDepthQuery, src/neo4j/query.ts). $skip, $limit: the page (one
// more than shown, to learn whether a next page exists). $claimProperties: the claim properties
// the selection reads (besides id and mapId); the others come back null, unread.
// SHORTEST 1 keeps one shortest path per dependent claim, found breadth-first, so cycles cannot
// loop. A claim linked to the actor itself has distance 0.
// $via is an inline predicate of the link on purpose: a MATCH's WHERE filters the paths after
// SHORTEST has chosen them, so a dependent whose shortest path starts with an unwanted link would be
// lost. The length bound may stay in the WHERE: if the shortest path is too long, so is every other.
// Order: distance, then claim id (one path per dependent, so the id tells rows apart and pages
// neither overlap nor skip). Properties are read after SKIP/LIMIT, for the page's rows only.
// SHORTEST 1 picks one of equally short paths arbitrarily; the link kind is therefore read from
// the chain's first claim, ASSERTS before ABOUT when both link it, so answers are the same each run.
// Returns actor, map (the dependent's, for DependentClaim.actor and .map, read for the page's rows
// only), link, distance, chainClaims (the linked claim first, the dependent claim last), chainInferences.
MATCH (actor:Actor {id: $actorId})
MATCH path = SHORTEST 1 (actor)-[link:ASSERTS|ABOUT WHERE type(link) IN $via]-(linked:Claim)((:Claim)-[:PREMISE_OF]->(step:Inference)-[:CONCLUDES]->(later:Claim)){0,10}(dependent:Claim)
  WHERE length(path) <= 1 + 2 * $maxDepth
WITH actor, linked, later, step, dependent
ORDER BY size(step), dependent.id
SKIP toInteger($skip) LIMIT toInteger($limit)
MATCH (map:Map {id: dependent.mapId})
RETURN properties(actor) AS actor, map {.id, .title, .description, createdAt: toString(map.createdAt)} AS map,
       CASE WHEN 'ASSERTS' IN $via AND EXISTS { (actor)-[:ASSERTS]->(linked) } THEN 'ASSERTS' ELSE 'ABOUT' END AS link,
       size(step) AS distance,
       [c IN [linked] + later | c {.id, .mapId,
          key: CASE WHEN 'key' IN $claimProperties THEN c.key END,
          text: CASE WHEN 'text' IN $claimProperties THEN c.text END,
          tags: CASE WHEN 'tags' IN $claimProperties THEN c.tags END,
          quoteText: CASE WHEN 'quoteText' IN $claimProperties THEN c.quoteText END,
          quoteStart: CASE WHEN 'quoteStart' IN $claimProperties THEN c.quoteStart END,
          quoteEnd: CASE WHEN 'quoteEnd' IN $claimProperties THEN c.quoteEnd END}] AS chainClaims,
       [i IN step | properties(i)] AS chainInferences
