// Actors whose name or aliases match a full-text query, best first. $search (escaped), $mapId
// (null for all maps). Returns actor.
CALL db.index.fulltext.queryNodes('actor_names', $search) YIELD node AS a, score
WHERE $mapId IS NULL OR a.mapId = $mapId
RETURN properties(a) AS actor
ORDER BY score DESC, a.id
