// All maps, by id. $mapIds: the maps the caller may read, null for all (a token limited to maps, src/auth/guard-reads.ts).
// Returns map.
MATCH (m:Map)
WHERE $mapIds IS NULL OR m.id IN $mapIds
RETURN m {.id, .title, .description, createdAt: toString(m.createdAt)} AS map
ORDER BY m.id
