// Entities by id, as stored (names included), for the mutations' checks. $ids. Returns entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .aliases, .kind, .sameAs, .names} AS entity
