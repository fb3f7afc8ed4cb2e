// Links actor $actorId to entity $entityId (both checked to exist) unless the actor is linked to an
// entity already: an actor refers to one entity at most. The actor is locked first (a write to it),
// so two concurrent links of one actor cannot both see it unlinked. Returns actor, linkedTo (the id
// of the entity the actor already referred to, or null when this call linked it).
MATCH (a:Actor {id: $actorId}), (e:Entity {id: $entityId})
SET a.id = a.id
WITH a, e
OPTIONAL MATCH (a)-[:REFERS_TO]->(current:Entity)
FOREACH (_ IN CASE WHEN current IS NULL THEN [1] ELSE [] END | CREATE (a)-[:REFERS_TO]->(e))
RETURN properties(a) AS actor, current.id AS linkedTo
