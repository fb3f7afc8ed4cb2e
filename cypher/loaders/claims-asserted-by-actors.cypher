// For each actor, the claims it asserts. $ids: actor ids. Returns key, items (by id).
UNWIND $ids AS id
MATCH (:Actor {id: id})-[:ASSERTS]->(c:Claim)
WITH id, c ORDER BY c.id
RETURN id AS key, collect(properties(c)) AS items
