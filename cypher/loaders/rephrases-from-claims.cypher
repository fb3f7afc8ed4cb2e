// For each claim, the rephrases it is the `from` of. $ids: claim ids. Returns key, items
// {id, key, mapId, scheme, fromId, toId}.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:REPHRASED_AS]->(to:Claim)
WITH id, r, to ORDER BY r.id
RETURN id AS key, collect(r {.id, .key, .mapId, .scheme, fromId: id, toId: to.id}) AS items
