// A page of claims matching a filter, by id. $mapId, $actorId, $tag: each null or a value to
// match; $isPremise, $isConcluded: null, or what the wanted role implies (see ClaimRole);
// $skip, $limit: the page (the caller asks for one more than it shows, to learn whether a next
// page exists). $mapIds: the maps a map-limited token may read, null for all
// (src/auth/guard-reads.ts). Returns claim.
// Claims of a staged import (map id `<map>~staging-<random>`, see src/maps/import-map.ts) are never
// listed: they belong to no map until the swap, so their `map` would resolve to nothing.
MATCH (c:Claim)
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($mapIds IS NULL OR c.mapId IN $mapIds)
  AND NOT c.mapId CONTAINS '~staging-'
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN properties(c) AS claim
ORDER BY c.id
SKIP toInteger($skip) LIMIT toInteger($limit)
