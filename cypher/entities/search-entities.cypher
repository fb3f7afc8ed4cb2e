// Entities whose name or aliases match a full-text query, best first (then by id), at most $first.
// $search (escaped by src/shared/lucene.ts). Returns entity.
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node AS e, score
RETURN e {.id, .name, .aliases, .kind, .sameAs} AS entity
ORDER BY score DESC, e.id
LIMIT toInteger($first)
