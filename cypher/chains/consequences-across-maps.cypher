// consequences with hops between maps (reasoning-chains-across-maps mirrored): a page of the chains
// of support that start at a premise, read upwards, where a step is an inference inside a map or a
// hop to the same claim in another map, shortest first.
// $premiseId; $mapIds: the maps a chain may enter (the caller's; null = every map); $maxDepth:
// 1..10 steps, hops included (literal ceiling {1,10}, applied by the WHERE); $skip, $limit: the
// page; $claimProperties: as in consequences.
// One pattern holds both kinds of step: (earlier)-[:PREMISE_OF|STATES]->(step)-[:CONCLUDES|STATES]-(later)
// (the kinds pair up by themselves, see reasoning-chains-across-maps). A chain never repeats a
// claim nor a step, so never a Proposition. It stops at a claim that supports nothing in its map
// and has no hop onwards (FINAL_CONCLUSION), where every way on revisits (CYCLE), or at $maxDepth
// (DEPTH_LIMIT). Returns claims (the premise first), inferences (null for a hop), end.
MATCH (premise:Claim {id: $premiseId})
MATCH path = (premise)((earlier:Claim)-[:PREMISE_OF|STATES]->(step:Inference|Proposition)-[:CONCLUDES|STATES]-(later:Claim WHERE $mapIds IS NULL OR later.mapId IN $mapIds)){1,10}(last:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT premise IN later
  AND all(k IN range(0, size(later) - 2) WHERE NOT later[k] IN later[k + 1..])
  AND all(k IN range(0, size(step) - 2) WHERE NOT step[k] IN step[k + 1..])
WITH premise, later, step, last, size(step) AS depth,
     EXISTS { (last)-[:PREMISE_OF]->(:Inference) } AS supportsMore,
     EXISTS {
       MATCH (last)-[:PREMISE_OF|STATES]->(next:Inference|Proposition)-[:CONCLUDES|STATES]-(further:Claim)
       WHERE NOT further IN later AND further <> premise AND NOT next IN step
         AND ($mapIds IS NULL OR further.mapId IN $mapIds)
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
WITH [premise] + later AS claims, step AS steps, depth,
     CASE WHEN canGoFurther THEN 'DEPTH_LIMIT' WHEN supportsMore THEN 'CYCLE' ELSE 'FINAL_CONCLUSION' END AS end
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
