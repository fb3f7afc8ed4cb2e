// A page of one map's claims, by id: list-claims when $mapId is given. Ids are `<map id>:<key>`
// and map ids hold no ':', so the map's claims are exactly those whose id starts with
// `$mapId + ':'`: a range seek on the claim_id constraint's index, which also yields them in id
// order, so the page stops after $skip + $limit claims instead of reading and sorting the whole
// map (list-claims' `$mapId IS NULL OR …` can use no index). The other filters as in list-claims:
// $actorId, $tag: each null or a value to match; $isPremise, $isConcluded: null, or what the wanted
// role implies; $mapIds: the maps a map-limited token may read, null for all. Returns claim.
// Claims of a staged import (map id `<map>~staging-<random>`, see src/maps/import-map.ts) are never
// listed: they belong to no map until the swap, so their `map` would resolve to nothing.
MATCH (c:Claim)
WHERE c.id STARTS WITH $mapId + ':' AND c.mapId = $mapId
  AND ($mapIds IS NULL OR c.mapId IN $mapIds)
  AND NOT c.mapId CONTAINS '~staging-'
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN properties(c) AS claim
ORDER BY c.id
SKIP toInteger($skip) LIMIT toInteger($limit)
