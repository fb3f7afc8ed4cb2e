// Actors of a map, or of all maps, by name. $mapId: null for all. Returns actor.
MATCH (a:Actor)
WHERE $mapId IS NULL OR a.mapId = $mapId
RETURN properties(a) AS actor
ORDER BY a.name, a.id
