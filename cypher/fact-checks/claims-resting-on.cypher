// A page of the claims whose support rests on a fact-checked claim, nearest first, each with the
// rated claim, one fact-check of it and the shortest explaining chain (claimsRestingOn).
// $ratings: FactCheckRating names that count; $maps: the maps whose claims are answered, or null
// for all; $mapIds: the maps the caller may read, or null for all — every claim of a chain, the
// rated one first, must be readable, so that filter is inline in the pattern (a MATCH's WHERE
// would filter after SHORTEST chose, losing claims whose shortest path passes an unreadable map);
// $maxDepth: 0..10 steps (the ceiling {0,10} is lowered to $maxDepth by defineDepthQuery); $skip, $limit: the page (one more than shown).
// A step is a support step (claim -PREMISE_OF-> inference -CONCLUDES-> claim) or a hop between
// maps (claim -STATES-> proposition <-STATES- claim): the same two-relationship shape, so one
// quantified pattern takes both; the labels force the pairing (only inferences CONCLUDE, only
// propositions are STATED) and relationship uniqueness keeps a hop from returning to its claim.
// SHORTEST 1 keeps one shortest path per (rated, dependent) pair, breadth first, so cycles cannot
// loop; a dependent reached from several rated claims keeps the nearest (then the lowest rated
// claim id), so each claim is answered once. Order: distance, then claim id (pages neither
// overlap nor skip). Returns claim, ratedClaim, factCheck, distance, chainClaims (rated first),
// chainInferences (null for a hop).
MATCH (f:FactCheck)-[:CHECKS]->(rated:Claim)
  WHERE f.rating IN $ratings AND ($mapIds IS NULL OR rated.mapId IN $mapIds)
WITH rated, f ORDER BY f.id
WITH rated, collect(f {.*, claimId: rated.id})[0] AS factCheck
MATCH path = SHORTEST 1 (rated)((a:Claim)-[:PREMISE_OF|STATES]->(mid:Inference|Proposition)-[:CONCLUDES|STATES]-(b:Claim)
      WHERE $mapIds IS NULL OR b.mapId IN $mapIds){0,10}(dependent:Claim)
  WHERE length(path) <= 2 * $maxDepth AND ($maps IS NULL OR dependent.mapId IN $maps)
WITH dependent, rated, factCheck, mid, b ORDER BY size(mid), rated.id
WITH dependent, collect({rated: rated, factCheck: factCheck, mid: mid, b: b})[0] AS nearest
WITH dependent, nearest, size(nearest.mid) AS distance
ORDER BY distance, dependent.id
SKIP toInteger($skip) LIMIT toInteger($limit)
RETURN properties(dependent) AS claim,
       properties(nearest.rated) AS ratedClaim,
       nearest.factCheck AS factCheck,
       distance,
       [c IN [nearest.rated] + nearest.b | properties(c)] AS chainClaims,
       [m IN nearest.mid | CASE WHEN m:Inference THEN properties(m) END] AS chainInferences
