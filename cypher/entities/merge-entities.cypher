// Merges entity $mergeId into $keepId (both checked to exist, and different): every actor linked to
// $mergeId is linked to $keepId instead (an actor refers to one entity, so none is linked twice),
// $keepId takes the properties $keep {aliases, aliasText, sameAs, names, namesText} (the unions,
// made by the caller), and $mergeId is deleted. Returns entity (the kept one), moved (actors relinked).
MATCH (keep:Entity {id: $keepId}), (gone:Entity {id: $mergeId})
CALL (keep, gone) {
  MATCH (a:Actor)-[r:REFERS_TO]->(gone)
  DELETE r
  CREATE (a)-[:REFERS_TO]->(keep)
  RETURN count(a) AS moved
}
SET keep += $keep
DETACH DELETE gone
RETURN keep {.id, .name, .aliases, .kind, .sameAs} AS entity, moved
