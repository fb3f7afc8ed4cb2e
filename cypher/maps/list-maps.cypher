// All maps, by id. No parameters. Returns map.
MATCH (m:Map)
RETURN m {.id, .title, .description, createdAt: toString(m.createdAt)} AS map
ORDER BY m.id
