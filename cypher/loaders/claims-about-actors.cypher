// For each actor, the claims about it. $ids: actor ids. Returns key, items (by id).
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:ABOUT]-(c:Claim)
WITH id, c ORDER BY c.id
RETURN id AS key, collect(properties(c)) AS items
