// Removes from a map every element the imported document no longer holds (step 2 of importMap), so
// that after an import the map equals the document. $mapId; $claimIds, $inferenceIds, $attackIds,
// $actorIds: the ids to keep, per kind (a key reused for another kind is a new element).
CALL () {
  MATCH (c:Claim {mapId: $mapId}) WHERE NOT c.id IN $claimIds
  DETACH DELETE c
}
CALL () {
  MATCH (i:Inference {mapId: $mapId}) WHERE NOT i.id IN $inferenceIds
  DETACH DELETE i
}
CALL () {
  MATCH (a:Attack {mapId: $mapId}) WHERE NOT a.id IN $attackIds
  DETACH DELETE a
}
CALL () {
  MATCH (a:Actor {mapId: $mapId}) WHERE NOT a.id IN $actorIds
  DETACH DELETE a
}
