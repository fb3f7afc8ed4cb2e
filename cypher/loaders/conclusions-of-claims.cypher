// For each claim, the claims one support step above it. $ids: claim ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:PREMISE_OF]->(:Inference)-[:CONCLUDES]->(c:Claim)
WITH DISTINCT id, c ORDER BY c.id
RETURN id AS key, collect(properties(c)) AS items
