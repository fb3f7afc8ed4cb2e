// A page of claims matching a filter, by id. $mapId, $actorId, $tag: each null or a value to
// match; $isPremise, $isConcluded: null, or what the wanted role implies (see ClaimRole);
// $skip, $limit: the page (the caller asks for one more than it shows, to learn whether a next
// page exists). Returns claim.
MATCH (c:Claim)
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN properties(c) AS claim
ORDER BY c.id
SKIP toInteger($skip) LIMIT toInteger($limit)
