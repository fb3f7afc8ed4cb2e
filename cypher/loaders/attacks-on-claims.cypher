// For each claim, the attacks that rebut it. $ids: claim ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[:TARGETS]-(a:Attack)
WITH id, a ORDER BY a.id
RETURN id AS key, collect(properties(a)) AS items
