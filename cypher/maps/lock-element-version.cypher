// Write-locks a claim, inference or attack and returns its version, so that a check of a client's
// expectedVersion holds until the transaction commits (a plain read would let two writers both see
// the same version and both write). $id. Returns version (1 for elements stored before versions);
// no row when there is no such element.
MATCH (n:Claim|Inference|Attack {id: $id})
SET n.version = coalesce(n.version, 1)
RETURN n.version AS version
