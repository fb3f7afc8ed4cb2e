// Test support: the claims and actors written under staging map ids starting with $prefix, as a
// staged import holds them before its swap. Returns stagingId, id, kind ('Claim' or 'Actor').
MATCH (n)
WHERE (n:Claim OR n:Actor) AND n.mapId STARTS WITH $prefix
RETURN n.mapId AS stagingId, n.id AS id, CASE WHEN n:Claim THEN 'Claim' ELSE 'Actor' END AS kind
ORDER BY id
