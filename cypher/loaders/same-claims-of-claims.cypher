// Claim.sameAs for the per-request DataLoader: for each claim of $ids, the other claims of its
// same-claim class (one index seek on Claim.id, then claim → Proposition → members), by map id,
// only of maps in $mapIds (the caller's readable maps; null: every map).
// Returns one row per claim with a class: key, items (the claims' properties).
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:STATES]->(:Proposition)<-[:STATES]-(other:Claim)
WHERE other <> c AND ($mapIds IS NULL OR other.mapId IN $mapIds)
WITH id, other ORDER BY other.mapId
RETURN id AS key, collect(properties(other)) AS items
