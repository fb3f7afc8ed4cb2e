// Removes the link of kind $kind between actor $actorId and claim $claimId.
// Returns removed (false when there was no such link), claim.
MATCH (a:Actor {id: $actorId}), (c:Claim {id: $claimId})
OPTIONAL MATCH (a)-[asserts:ASSERTS]->(c) WHERE $kind = 'ASSERTS'
OPTIONAL MATCH (c)-[about:ABOUT]->(a) WHERE $kind = 'ABOUT'
WITH c, coalesce(asserts, about) AS link
DELETE link
RETURN link IS NOT NULL AS removed, properties(c) AS claim
