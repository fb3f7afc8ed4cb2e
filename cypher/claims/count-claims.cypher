// How many claims match the filter of list-claims, counted without collecting them. $mapId,
// $actorId, $tag: each null or a value to match; $isPremise, $isConcluded: null, or what the wanted
// role implies. Returns total.
MATCH (c:Claim)
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN count(*) AS total
