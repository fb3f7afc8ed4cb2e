// For each claim, the rephrases it is the `to` of. $ids: claim ids. Returns key, items
// {id, key, mapId, scheme, fromId, toId}.
UNWIND $ids AS id
MATCH (:Claim {id: id})<-[r:REPHRASED_AS]-(from:Claim)
WITH id, r, from ORDER BY r.id
RETURN id AS key, collect(r {.id, .key, .mapId, .scheme, fromId: from.id, toId: id}) AS items
