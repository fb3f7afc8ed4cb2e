// Challenges a critical question: creates an undercut of the inference by the claim, marked with the
// question, so that chains, exports and evaluation see an ordinary undercut. Both were checked to
// exist in one map. $attack {id, key, mapId, kind: 'UNDERCUT', criticalQuestion}, $claimId,
// $inferenceId. Returns id.
MATCH (challenger:Claim {id: $claimId}), (i:Inference {id: $inferenceId})
CREATE (challenger)-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(i)
SET a = $attack
RETURN a.id AS id
