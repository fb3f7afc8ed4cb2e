// For each inference, the attacks that undercut it. $ids: inference ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Inference {id: id})<-[:TARGETS]-(a:Attack)
WITH id, a ORDER BY a.id
RETURN id AS key, collect(properties(a)) AS items
