// Creates a claim in an existing map. $claim: {id, key, mapId, text, tags, quoteText, quoteStart,
// quoteEnd}. The caller has checked the map exists and the key is free; the uniqueness constraint
// still guards against a concurrent writer. Returns claim.
CREATE (c:Claim)
SET c = $claim
RETURN properties(c) AS claim
