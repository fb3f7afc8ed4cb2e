// Removes from a map every element the imported document no longer holds (step 2 of importMap), so
// that after an import the map equals the document. $mapId; $claimIds, $inferenceIds, $attackIds,
// $actorIds: the ids to keep, per kind (a key reused for another kind is a new element);
// $rephraseKeys, $preferenceKeys: "id|fromId|toId" of the rephrase and preference relationships to
// keep, so one whose ends changed is removed and recreated; $linkKeys: "actorId|claimId|kind" of
// the actor links to keep.
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
CALL () {
  MATCH (from:Claim {mapId: $mapId})-[r:REPHRASED_AS]->(to)
  WHERE NOT r.id + '|' + from.id + '|' + to.id IN $rephraseKeys
  DELETE r
}
// Preferences join claims, inferences and attacks alike: found by relationship type and map.
CALL () {
  MATCH (preferred)-[r:PREFERRED_OVER {mapId: $mapId}]->(over)
  WHERE NOT r.id + '|' + preferred.id + '|' + over.id IN $preferenceKeys
  DELETE r
}
// Actor links the document no longer holds, by "actorId|claimId|kind" in $linkKeys.
CALL () {
  MATCH (a:Actor {mapId: $mapId})-[r:ASSERTS]->(c:Claim)
  WHERE NOT a.id + '|' + c.id + '|ASSERTS' IN $linkKeys
  DELETE r
}
CALL () {
  MATCH (a:Actor {mapId: $mapId})<-[r:ABOUT]-(c:Claim)
  WHERE NOT a.id + '|' + c.id + '|ABOUT' IN $linkKeys
  DELETE r
}
