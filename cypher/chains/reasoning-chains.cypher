// A page of the chains of support that end at a conclusion, read downwards from it, shortest first.
// $conclusionId: the conclusion's claim id. $maxDepth: 1..10 inferences per chain (the literal
// bound {1,10} is the API's ceiling; Cypher takes no parameter there, so the WHERE applies
// $maxDepth). $skip, $limit: the page (the caller asks for one more than it shows, to learn
// whether a next page exists). $claimProperties: the claim properties the selection reads
// (besides id and mapId, always read); the others come back null, unread.
// Order: shortest first, then by the ids of the claims and then of the inferences, which together
// tell any two chains apart, so consecutive pages neither overlap nor skip. Properties are read
// after SKIP/LIMIT, for the page's chains only.
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
