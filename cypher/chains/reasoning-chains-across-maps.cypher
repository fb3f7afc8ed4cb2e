// reasoning-chains with hops between maps: a page of the chains of support that end at a
// conclusion, read downwards from it, where a step is an inference inside a map or a hop to the
// same claim in another map (claim -STATES-> Proposition <-STATES- claim), shortest first.
// $conclusionId; $mapIds: the maps a chain may enter (the caller's; null = every map); $maxDepth:
// 1..10 steps, hops included (literal ceiling {1,10}, applied by the WHERE); $skip, $limit: the
// page; $claimProperties: as in reasoning-chains.
// One pattern holds both kinds of step: (later)-[:CONCLUDES|STATES]-(step)<-[:PREMISE_OF|STATES]-(earlier).
// A Claim touches CONCLUDES only as a conclusion and STATES only outgoing, an Inference has no
// STATES and a Proposition no CONCLUDES or PREMISE_OF, so the kinds pair up by themselves.
// A chain never repeats a claim, nor a step: so never a Proposition (no A -> A' -> A'' round one
// class). It stops at a basic premise (nothing supports it in its map and no hop leads on), where
// every way on revisits (CYCLE), or at $maxDepth (DEPTH_LIMIT). Order and cost as in reasoning-chains
// (steps are told apart by id: Inference and Proposition ids alike).
// Returns claims (lowest first), inferences (null for a hop), end.
MATCH (conclusion:Claim {id: $conclusionId})
MATCH path = (conclusion)((later:Claim)-[:CONCLUDES|STATES]-(step:Inference|Proposition)<-[:PREMISE_OF|STATES]-(earlier:Claim WHERE $mapIds IS NULL OR earlier.mapId IN $mapIds)){1,10}(origin:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT conclusion IN earlier
  AND all(k IN range(0, size(earlier) - 2) WHERE NOT earlier[k] IN earlier[k + 1..])
  AND all(k IN range(0, size(step) - 2) WHERE NOT step[k] IN step[k + 1..])
WITH conclusion, earlier, step, origin, size(step) AS depth,
     EXISTS { (origin)<-[:CONCLUDES]-(:Inference) } AS isSupported,
     EXISTS {
       MATCH (origin)-[:CONCLUDES|STATES]-(next:Inference|Proposition)<-[:PREMISE_OF|STATES]-(further:Claim)
       WHERE NOT further IN earlier AND further <> conclusion AND NOT next IN step
         AND ($mapIds IS NULL OR further.mapId IN $mapIds)
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
WITH reverse(earlier) + [conclusion] AS claims, reverse(step) AS steps, depth,
     CASE WHEN canGoFurther THEN 'DEPTH_LIMIT' WHEN isSupported THEN 'CYCLE' ELSE 'BASIC_PREMISE' END AS end
ORDER BY depth, [c IN claims | c.id], [s IN steps | s.id]
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN [c IN claims | c {.id, .mapId,
          key: CASE WHEN 'key' IN $claimProperties THEN c.key END,
          text: CASE WHEN 'text' IN $claimProperties THEN c.text END,
          tags: CASE WHEN 'tags' IN $claimProperties THEN c.tags END,
          quoteText: CASE WHEN 'quoteText' IN $claimProperties THEN c.quoteText END,
          quoteStart: CASE WHEN 'quoteStart' IN $claimProperties THEN c.quoteStart END,
          quoteEnd: CASE WHEN 'quoteEnd' IN $claimProperties THEN c.quoteEnd END}] AS claims,
       [s IN steps | CASE WHEN s:Inference THEN properties(s) END] AS inferences, end
