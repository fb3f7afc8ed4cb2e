// Links an actor to a claim (both checked to exist in one map) unless the link exists.
// $actorId, $claimId, $kind ('ASSERTS' | 'ABOUT'). Returns created, claim.
MATCH (a:Actor {id: $actorId}), (c:Claim {id: $claimId})
WITH a, c, CASE $kind WHEN 'ASSERTS' THEN EXISTS { (a)-[:ASSERTS]->(c) } ELSE EXISTS { (c)-[:ABOUT]->(a) } END AS alreadyLinked
FOREACH (_ IN CASE WHEN NOT alreadyLinked AND $kind = 'ASSERTS' THEN [1] ELSE [] END | CREATE (a)-[:ASSERTS]->(c))
FOREACH (_ IN CASE WHEN NOT alreadyLinked AND $kind = 'ABOUT' THEN [1] ELSE [] END | CREATE (c)-[:ABOUT]->(a))
RETURN NOT alreadyLinked AS created, properties(c) AS claim
