// For each inference, its linked premises, by id. $ids: inference ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Inference {id: id})<-[:PREMISE_OF]-(c:Claim)
WITH id, c ORDER BY c.id
RETURN id AS key, collect(properties(c)) AS items
