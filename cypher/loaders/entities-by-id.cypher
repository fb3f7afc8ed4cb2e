// Entities by id. $ids: entity ids. Returns key, item.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id AS key, e {.id, .name, .aliases, .kind, .sameAs} AS item
