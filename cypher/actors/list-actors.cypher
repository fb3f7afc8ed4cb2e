// Actors of a map, or of all maps, by name. $mapId: null for all. $mapIds: the maps a map-limited
// token may read, null for all (src/auth/guard-reads.ts). Returns actor.
// Actors of a staged import (map id `<map>~staging-<random>`, see src/maps/import-map.ts) are never
// listed: they belong to no map until the swap.
MATCH (a:Actor)
WHERE ($mapId IS NULL OR a.mapId = $mapId)
  AND ($mapIds IS NULL OR a.mapId IN $mapIds)
  AND NOT a.mapId CONTAINS '~staging-'
RETURN properties(a) AS actor
ORDER BY a.name, a.id
