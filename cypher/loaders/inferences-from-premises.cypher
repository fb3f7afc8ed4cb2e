// For each claim, the inferences it is a premise of (its supports), by id.
// $ids: claim ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:PREMISE_OF]->(i:Inference)
WITH id, i ORDER BY i.id
RETURN id AS key, collect(properties(i)) AS items
