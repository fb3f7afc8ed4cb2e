// For each claim, the inferences that conclude it (its supportedBy), by id.
// $ids: claim ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:CONCLUDES]-(i:Inference)
WITH id, i ORDER BY i.id
RETURN id AS key, collect(properties(i)) AS items
