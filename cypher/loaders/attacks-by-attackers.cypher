// For each claim, the attacks it makes. $ids: claim ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[:ATTACKER_OF]->(a:Attack)
WITH id, a ORDER BY a.id
RETURN id AS key, collect(properties(a)) AS items
