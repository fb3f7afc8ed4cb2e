// A page of the chains of support that start at a premise, read upwards from it (reasoning-chains
// mirrored), shortest first. $premiseId: the premise's claim id. $maxDepth: 1..10 (literal ceiling
// {1,10}, applied by WHERE). $skip, $limit: the page (one more than shown, to learn whether a next
// page exists). $claimProperties: the claim properties the selection reads (besides id and mapId);
// the others come back null, unread. Order, termination and cost as in reasoning-chains. A chain
// never repeats a claim; it stops at a claim that supports nothing (FINAL_CONCLUSION), where every
// further step would revisit a claim (CYCLE), or at $maxDepth (DEPTH_LIMIT).
// Returns claims (the premise first), inferences, end.
MATCH (premise:Claim {id: $premiseId})
MATCH path = (premise)((earlier:Claim)-[:PREMISE_OF]->(step:Inference)-[:CONCLUDES]->(later:Claim)){1,10}(last:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT premise IN later
  AND all(k IN range(0, size(later) - 2) WHERE NOT later[k] IN later[k + 1..])
WITH premise, later, step, last, size(step) AS depth,
     EXISTS { (last)-[:PREMISE_OF]->(:Inference) } AS supportsMore,
     EXISTS {
       MATCH (last)-[:PREMISE_OF]->(:Inference)-[:CONCLUDES]->(further:Claim)
       WHERE NOT further IN later AND further <> premise
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
WITH [premise] + later AS claims, step AS inferences, depth,
     CASE WHEN NOT supportsMore THEN 'FINAL_CONCLUSION' WHEN canGoFurther THEN 'DEPTH_LIMIT' ELSE 'CYCLE' END AS end
ORDER BY depth, [c IN claims | c.id], [i IN inferences | i.id]
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN [c IN claims | c {.id, .mapId,
          key: CASE WHEN 'key' IN $claimProperties THEN c.key END,
          text: CASE WHEN 'text' IN $claimProperties THEN c.text END,
          tags: CASE WHEN 'tags' IN $claimProperties THEN c.tags END,
          quoteText: CASE WHEN 'quoteText' IN $claimProperties THEN c.quoteText END,
          quoteStart: CASE WHEN 'quoteStart' IN $claimProperties THEN c.quoteStart END,
          quoteEnd: CASE WHEN 'quoteEnd' IN $claimProperties THEN c.quoteEnd END}] AS claims,
       [i IN inferences | properties(i)] AS inferences, end
