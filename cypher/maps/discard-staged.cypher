// Deletes up to $limit elements of each kind whose map id starts with $prefix: the staging area of
// a failed or interrupted staged import (see rename-staged). Called in a loop of small
// transactions until `deleted` is 0, so discarding a large staging never needs a large one.
// The prefix always ends in `~staging-`, which no real map id can contain.
CALL () {
  MATCH (n:Claim) WHERE n.mapId STARTS WITH $prefix
  WITH n LIMIT toInteger($limit)
  DETACH DELETE n
  RETURN count(*) AS claims
}
CALL () {
  MATCH (n:Inference) WHERE n.mapId STARTS WITH $prefix
  WITH n LIMIT toInteger($limit)
  DETACH DELETE n
  RETURN count(*) AS inferences
}
CALL () {
  MATCH (n:Attack) WHERE n.mapId STARTS WITH $prefix
  WITH n LIMIT toInteger($limit)
  DETACH DELETE n
  RETURN count(*) AS attacks
}
CALL () {
  MATCH (n:Actor) WHERE n.mapId STARTS WITH $prefix
  WITH n LIMIT toInteger($limit)
  DETACH DELETE n
  RETURN count(*) AS actors
}
RETURN claims + inferences + attacks + actors AS deleted
