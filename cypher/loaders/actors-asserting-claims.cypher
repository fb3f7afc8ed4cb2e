// For each claim, the actors that assert it. $ids: claim ids. Returns key, items (by name).
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:ASSERTS]-(a:Actor)
WITH id, a ORDER BY a.name
RETURN id AS key, collect(properties(a)) AS items
