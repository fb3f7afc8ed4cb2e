// Makes the entity links of map $mapId's actors those of $links (rows {actorId, entityId}): an
// actor of the map not in $links refers to no entity after this, one in it to its entity only.
// Links that are already so are left untouched, so a repeated import writes nothing here.
CALL () {
  MATCH (a:Actor {mapId: $mapId})-[r:REFERS_TO]->(e:Entity)
  WHERE NOT {actorId: a.id, entityId: e.id} IN $links
  DELETE r
}
CALL () {
  UNWIND $links AS link
  MATCH (a:Actor {id: link.actorId}), (e:Entity {id: link.entityId})
  WHERE NOT EXISTS { (a)-[:REFERS_TO]->(e) }
  CREATE (a)-[:REFERS_TO]->(e)
}
