// Removes actor $actorId's link to its entity. Returns actor, removed (how many links: 0 or 1).
MATCH (a:Actor {id: $actorId})
OPTIONAL MATCH (a)-[r:REFERS_TO]->(:Entity)
DELETE r
RETURN properties(a) AS actor, count(r) AS removed
