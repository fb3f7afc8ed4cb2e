// For each attack, its target: a claim (rebuttal) or an inference (undercut).
// $ids: attack ids. Returns key, item (the target's properties).
UNWIND $ids AS id
MATCH (:Attack {id: id})-[:TARGETS]->(t)
RETURN id AS key, properties(t) AS item
