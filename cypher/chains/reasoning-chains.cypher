// Every chain of support that ends at a conclusion, read downwards from it.
// $conclusionId: the conclusion's claim id. $maxDepth: 1..10 inferences per chain (the literal
// bound {1,10} is the API's ceiling; Cypher takes no parameter there, so the WHERE applies
// $maxDepth). $limit: at most this many chains.
// Circular reasoning terminates: the walk is bounded by the literal ceiling of 10 steps, and
// chains that repeat a claim are dropped. Neo4j 5 cannot prune those during the walk (it only keeps
// relationships unique), so a dense web of mutual support costs paths exponential in the ceiling;
// the read transaction timeout (ARGMAP_QUERY_TIMEOUT_MS) bounds that. A chain is maximal: it stops at a basic premise,
// where every further step would revisit a claim (CYCLE), or at $maxDepth (DEPTH_LIMIT).
// Returns claims (lowest first), inferences (inferences[i] leads from claims[i] to claims[i+1]), end.
MATCH (conclusion:Claim {id: $conclusionId})
MATCH path = (conclusion)((later:Claim)<-[:CONCLUDES]-(step:Inference)<-[:PREMISE_OF]-(earlier:Claim)){1,10}(origin:Claim)
WHERE length(path) <= 2 * $maxDepth
  AND NOT conclusion IN earlier
  AND all(k IN range(0, size(earlier) - 2) WHERE NOT earlier[k] IN earlier[k + 1..])
WITH conclusion, earlier, step, origin, size(step) AS depth,
     EXISTS { (origin)<-[:CONCLUDES]-(:Inference) } AS isSupported,
     EXISTS {
       MATCH (further:Claim)-[:PREMISE_OF]->(:Inference)-[:CONCLUDES]->(origin)
       WHERE NOT further IN earlier AND further <> conclusion
     } AS canGoFurther
WHERE NOT canGoFurther OR depth = $maxDepth
WITH reverse(earlier) + [conclusion] AS claims, reverse(step) AS inferences, depth,
     CASE WHEN NOT isSupported THEN 'BASIC_PREMISE' WHEN canGoFurther THEN 'DEPTH_LIMIT' ELSE 'CYCLE' END AS end
RETURN [c IN claims | properties(c)] AS claims, [i IN inferences | properties(i)] AS inferences, end
ORDER BY depth DESC, [c IN claims | c.id]
LIMIT toInteger($limit)
