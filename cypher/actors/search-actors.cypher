// Actors whose name or aliases match a full-text query, best first. $search (escaped), $mapId
// (null for all maps), $mapIds (the maps a map-limited token may read, null for all). Returns actor.
// Actors of a staged import (map id `<map>~staging-<random>`, see src/maps/import-map.ts) are never
// listed: they belong to no map until the swap.
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node AS a, score
WHERE ($mapId IS NULL OR a.mapId = $mapId)
  AND ($mapIds IS NULL OR a.mapId IN $mapIds)
  AND NOT a.mapId CONTAINS '~staging-'
RETURN properties(a) AS actor
ORDER BY score DESC, a.id
