// The actors linked to each entity, by map then name (then id); actors of a staged import belong
// to no map yet and are left out. $ids: entity ids. Returns key, items.
UNWIND $ids AS id
MATCH (a:Actor)-[:REFERS_TO]->(:Entity {id: id})
WHERE NOT a.mapId CONTAINS '~staging-'
WITH id, a ORDER BY a.mapId, a.name, a.id
RETURN id AS key, collect(properties(a)) AS items
