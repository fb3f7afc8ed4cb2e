// For each map, its preferences with both ends' properties. $ids: map ids. Returns key, items
// {id, key, mapId, scheme, preferred, over}. Found by relationship type and map id: the ends may be
// claims, inferences or attacks.
UNWIND $ids AS id
MATCH (preferred)-[r:PREFERRED_OVER {mapId: id}]->(over)
WITH id, r, preferred, over ORDER BY r.key
RETURN id AS key, collect(r {.id, .key, .mapId, .scheme, preferred: properties(preferred), over: properties(over)}) AS items
