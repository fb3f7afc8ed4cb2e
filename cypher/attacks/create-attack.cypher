// Creates an attack; attacker and target were checked to exist, in one map, with the target's
// label matching the kind. $attack {id, key, mapId, kind}, $attackerId, $targetId. Returns attack.
MATCH (attacker:Claim {id: $attackerId})
OPTIONAL MATCH (claim:Claim {id: $targetId}) WHERE $attack.kind = 'REBUT'
OPTIONAL MATCH (inference:Inference {id: $targetId}) WHERE $attack.kind = 'UNDERCUT'
WITH attacker, coalesce(claim, inference) AS target
CREATE (attacker)-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(target)
SET a = $attack
RETURN properties(a) AS attack
