// The swap at the end of a staged import (importMap, large documents): every element written
// under the staging map id $stagingId becomes an element of $mapId, its id `<stagingId>:<key>`
// becoming `<mapId>:<key>`. $mapId's previous elements were deleted earlier in the same
// transaction, so the unique id constraints hold. Relationships carry no id prefix except
// REPHRASED_AS and PREFERRED_OVER, which are elements themselves.
CALL () {
  MATCH (n:Claim {mapId: $stagingId})
  SET n.mapId = $mapId, n.id = $mapId + substring(n.id, size($stagingId))
}
CALL () {
  MATCH (n:Inference {mapId: $stagingId})
  SET n.mapId = $mapId, n.id = $mapId + substring(n.id, size($stagingId))
}
CALL () {
  MATCH (n:Attack {mapId: $stagingId})
  SET n.mapId = $mapId, n.id = $mapId + substring(n.id, size($stagingId))
}
CALL () {
  MATCH (n:Actor {mapId: $stagingId})
  SET n.mapId = $mapId, n.id = $mapId + substring(n.id, size($stagingId))
}
CALL () {
  MATCH ()-[r:REPHRASED_AS {mapId: $stagingId}]->()
  SET r.mapId = $mapId, r.id = $mapId + substring(r.id, size($stagingId))
}
CALL () {
  MATCH ()-[r:PREFERRED_OVER {mapId: $stagingId}]->()
  SET r.mapId = $mapId, r.id = $mapId + substring(r.id, size($stagingId))
}
