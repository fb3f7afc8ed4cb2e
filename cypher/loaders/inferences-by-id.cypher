// Inferences by id. $ids: inference ids. Returns key, item.
UNWIND $ids AS id
MATCH (i:Inference {id: id})
RETURN id AS key, properties(i) AS item
