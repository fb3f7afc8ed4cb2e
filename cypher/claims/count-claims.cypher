// How many claims match the filter of list-claims (same parameters but the page), counted
// without collecting them. Returns total.
MATCH (c:Claim)
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN count(*) AS total
