// For each claim, the actors it is about. $ids: claim ids. Returns key, items (by name).
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ABOUT]->(a:Actor)
WITH id, a ORDER BY a.name
RETURN id AS key, collect(properties(a)) AS items
