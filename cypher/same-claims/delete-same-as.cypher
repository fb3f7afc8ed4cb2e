// Deletes the SAME_AS links between two claims, either way round. $claimId, $otherClaimId.
// Returns removed: how many were deleted (0: they were not linked).
MATCH (a:Claim {id: $claimId})
OPTIONAL MATCH (a)-[r:SAME_AS]-(:Claim {id: $otherClaimId})
DELETE r
RETURN count(r) AS removed
