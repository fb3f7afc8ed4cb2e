// How many claims match search-claims' query and filter. $search: a Lucene query (user text made
// literal); $mapId, $actorId, $tag: each null or a value to match; $isPremise, $isConcluded: null,
// or what the wanted role implies. Returns total.
CALL db.index.fulltext.queryNodes('claim_text', $search) YIELD node AS c
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN count(*) AS total
