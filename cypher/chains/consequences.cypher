// Every chain of support that starts at a premise, read upwards from it (reasoningChains mirrored).
// $premiseId: the premise's claim id. $maxDepth: 1..10 (literal ceiling {1,10}, applied by WHERE).
// $limit: at most this many chains. Termination and cost as in reasoning-chains. A chain never
// repeats a claim; it stops at a claim that
// supports nothing (FINAL_CONCLUSION), where every further step would revisit a claim (CYCLE), or
// at $maxDepth (DEPTH_LIMIT). Returns claims (the premise first), inferences, end.
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
RETURN [c IN claims | properties(c)] AS claims, [i IN inferences | properties(i)] AS inferences, end
ORDER BY depth DESC, [c IN claims | c.id]
LIMIT toInteger($limit)
