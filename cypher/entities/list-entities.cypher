// Entities by name (then id), at most $first. Returns entity.
MATCH (e:Entity)
RETURN e {.id, .name, .aliases, .kind, .sameAs} AS entity
ORDER BY e.name, e.id
LIMIT toInteger($first)
