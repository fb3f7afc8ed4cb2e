// For each attack, the attacks that target it (AIF CA→CA). $ids: attack ids. Returns key, items.
UNWIND $ids AS id
MATCH (:Attack {id: id})<-[:TARGETS]-(a:Attack)
WITH id, a ORDER BY a.id
RETURN id AS key, collect(properties(a)) AS items
