// An attack from this attacker on this target, if one exists. $attackerId, $targetId. Returns id.
MATCH (:Claim {id: $attackerId})-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(target)
WHERE target.id = $targetId
RETURN a.id AS id
LIMIT 1
