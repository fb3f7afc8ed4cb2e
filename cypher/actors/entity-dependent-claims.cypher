// A page of the claims whose support rests on a claim linked to any actor of an entity, across
// maps, nearest first, each with its nearest explaining chain and the actor that chain starts from.
// $entityId; $mapIds: the maps asked in (the chosen maps the caller may read; null = every map):
// no actor, linked claim or chain claim outside them is visited. $via: link kinds that count
// ('ASSERTS', 'ABOUT'); $maxDepth: 0..10 steps (the ceiling {0,10} is lowered to $maxDepth by defineDepthQuery).
// $skip, $limit: the page (one more than shown). $claimProperties: the claim properties the
// selection reads (besides id and mapId); the others come back null, unread.
// A step is either support inside a map, claim -PREMISE_OF-> Inference -CONCLUDES-> claim, or a
// hop between maps, claim -STATES-> Proposition <-STATES- claim; both are written as one pattern,
// (:Claim)-[:PREMISE_OF|STATES]->(step)-[:CONCLUDES|STATES]-(later:Claim): an Inference has only
// incoming PREMISE_OF and outgoing CONCLUDES, a Proposition only incoming STATES, so the types pair
// up by themselves. A hop counts one step, like an inference.
// SHORTEST 1 per actor and dependent (breadth-first, finite on cycles; a shortest path never
// repeats a claim or a Proposition); of the actors' chains the nearest is kept, the lowest actor id
// on a tie, so that the actor named is the same each run. $via is an inline predicate on purpose
// (see dependent-claims: a WHERE would filter after SHORTEST has chosen). Link kind: ASSERTS before
// ABOUT when the chain's first claim is linked both ways (SHORTEST picks among equal paths arbitrarily).
// Order: distance, then claim id (one row per dependent: pages neither overlap nor skip).
// Returns actor, map (the dependent's, read for the page's rows only, so DependentClaim.actor
// and .map cost no round trip of their own), link, distance, chainClaims (the linked claim first), chainInferences (null for a hop).
MATCH (:Entity {id: $entityId})<-[:REFERS_TO]-(actor:Actor)
WHERE $mapIds IS NULL OR actor.mapId IN $mapIds
MATCH path = SHORTEST 1 (actor)-[link:ASSERTS|ABOUT WHERE type(link) IN $via]-(linked:Claim WHERE $mapIds IS NULL OR linked.mapId IN $mapIds)
      ((:Claim)-[:PREMISE_OF|STATES]->(step:Inference|Proposition)-[:CONCLUDES|STATES]-(later:Claim WHERE $mapIds IS NULL OR later.mapId IN $mapIds)){0,10}
      (dependent:Claim)
  WHERE length(path) <= 1 + 2 * $maxDepth
WITH dependent, size(step) AS distance, actor, linked, later, step
ORDER BY distance, actor.id
WITH dependent, head(collect({distance: distance, actor: actor, linked: linked, later: later, step: step})) AS best
WITH dependent, best.distance AS distance, best.actor AS actor, best.linked AS linked, best.later AS later, best.step AS step
ORDER BY distance, dependent.id
SKIP toInteger($skip) LIMIT toInteger($limit)
MATCH (map:Map {id: dependent.mapId})
RETURN properties(actor) AS actor, map {.id, .title, .description, createdAt: toString(map.createdAt)} AS map,
       CASE WHEN 'ASSERTS' IN $via AND EXISTS { (actor)-[:ASSERTS]->(linked) } THEN 'ASSERTS' ELSE 'ABOUT' END AS link,
       distance,
       [c IN [linked] + later | c {.id, .mapId,
          key: CASE WHEN 'key' IN $claimProperties THEN c.key END,
          text: CASE WHEN 'text' IN $claimProperties THEN c.text END,
          tags: CASE WHEN 'tags' IN $claimProperties THEN c.tags END,
          quoteText: CASE WHEN 'quoteText' IN $claimProperties THEN c.quoteText END,
          quoteStart: CASE WHEN 'quoteStart' IN $claimProperties THEN c.quoteStart END,
          quoteEnd: CASE WHEN 'quoteEnd' IN $claimProperties THEN c.quoteEnd END}] AS chainClaims,
       [s IN step | CASE WHEN s:Inference THEN properties(s) END] AS chainInferences
