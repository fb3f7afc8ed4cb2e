// Actors of maps other than $mapId, linked to no entity, whose name or aliases hold one of $names
// as a phrase (candidates: the caller keeps those whose normalised name or alias equals one of
// $names). $names: normalised names (letters, digits and spaces: nothing to escape); $mapIds: the
// maps the caller may read, null for all; $limit: candidates read at most. Actors of a staged
// import belong to no map yet and are left out. Returns actor.
UNWIND $names AS name
CALL db.index.fulltext.queryNodes('actor_names', '"' + name + '"') YIELD node AS a
WITH DISTINCT a
WHERE a.mapId <> $mapId
  AND NOT a.mapId CONTAINS '~staging-'
  AND ($mapIds IS NULL OR a.mapId IN $mapIds)
  AND NOT EXISTS { (a)-[:REFERS_TO]->(:Entity) }
RETURN properties(a) AS actor
ORDER BY a.name, a.id
LIMIT toInteger($limit)
