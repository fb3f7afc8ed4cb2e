// Removes an inference and the attacks that undercut it (they would be left without a target).
// $id. Returns removed (false when there was no such inference).
OPTIONAL MATCH (i:Inference {id: $id})
OPTIONAL MATCH (i)<-[:TARGETS]-(undercut:Attack)
WITH i, collect(undercut) AS undercuts
FOREACH (a IN undercuts | DETACH DELETE a)
DETACH DELETE i
RETURN i IS NOT NULL AS removed
