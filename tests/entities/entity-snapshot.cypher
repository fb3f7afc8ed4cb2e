// Test support: entities $ids as stored, each with the ids of the actors linked to it (null
// properties: no such entity), in the order of $ids. Returns entities.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN collect({
  id: id,
  properties: properties(e),
  actors: COLLECT { MATCH (a:Actor)-[:REFERS_TO]->(e) RETURN a.id ORDER BY a.id }
}) AS entities
