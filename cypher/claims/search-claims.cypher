// A page of claims matching a full-text query and a filter, best match first. $search: a Lucene
// query whose special characters the caller has escaped; $mapId, $actorId, $tag, $isPremise, $isConcluded,
// $skip, $limit, $mapIds as in list-claims. Returns claim.
// Claims of a staged import (map id `<map>~staging-<random>`, see src/maps/import-map.ts) are never
// listed: they belong to no map until the swap, so their `map` would resolve to nothing.
CALL db.index.fulltext.queryNodes('claim_text', $search) YIELD node AS c, score
WHERE ($mapId IS NULL OR c.mapId = $mapId)
  AND ($mapIds IS NULL OR c.mapId IN $mapIds)
  AND NOT c.mapId CONTAINS '~staging-'
  AND ($tag IS NULL OR $tag IN c.tags)
  AND ($actorId IS NULL OR EXISTS { (c)-[:ASSERTS|ABOUT]-(:Actor {id: $actorId}) })
  AND ($isPremise IS NULL OR EXISTS { (c)-[:PREMISE_OF]->(:Inference) } = $isPremise)
  AND ($isConcluded IS NULL OR EXISTS { (c)<-[:CONCLUDES]-(:Inference) } = $isConcluded)
RETURN properties(c) AS claim
ORDER BY score DESC, c.id
SKIP toInteger($skip) LIMIT toInteger($limit)
