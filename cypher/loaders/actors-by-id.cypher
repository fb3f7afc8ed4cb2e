// Actors by id. $ids: actor ids. Returns key, item.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id AS key, properties(a) AS item
