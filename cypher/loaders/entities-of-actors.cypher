// The entity each actor refers to (at most one). $ids: actor ids. Returns key, item.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:REFERS_TO]->(e:Entity)
RETURN id AS key, e {.id, .name, .aliases, .kind, .sameAs} AS item
