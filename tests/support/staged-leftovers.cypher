// Test support: how many elements are left under staging map ids starting with $prefix.
// Returns count.
MATCH (n) WHERE (n:Claim OR n:Inference OR n:Attack OR n:Actor) AND n.mapId STARTS WITH $prefix
RETURN count(n) AS count
