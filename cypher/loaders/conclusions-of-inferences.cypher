// For each inference, its conclusion. $ids: inference ids. Returns key, item.
UNWIND $ids AS id
MATCH (:Inference {id: id})-[:CONCLUDES]->(c:Claim)
RETURN id AS key, properties(c) AS item
