// For each claim, the claims one support step below it (premises of the inferences concluding it).
// $ids: claim ids. Returns key, items (distinct, by id).
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:CONCLUDES]-(:Inference)<-[:PREMISE_OF]-(p:Claim)
WITH DISTINCT id, p ORDER BY p.id
RETURN id AS key, collect(properties(p)) AS items
