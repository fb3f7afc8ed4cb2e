// Removes an attack. $id. Returns removed (false when there was no such attack).
OPTIONAL MATCH (a:Attack {id: $id})
DETACH DELETE a
RETURN a IS NOT NULL AS removed
