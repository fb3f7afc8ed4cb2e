// Sources by map id. $ids: map ids. Returns key, item.
UNWIND $ids AS id
MATCH (s:Source {mapId: id})
RETURN id AS key, properties(s) AS item
