// Maps by id. $ids: map ids. Returns key, item (createdAt as an ISO string).
UNWIND $ids AS id
MATCH (m:Map {id: id})
RETURN id AS key, m {.id, .title, .description, createdAt: toString(m.createdAt)} AS item
