// Test support: what must hold in every map after any sequence of writes, faults and races.
// $mapId. Returns one row with a list per invariant of the ids that break it (all empty = sound):
//  danglingInferences — an inference without exactly one conclusion or without a premise;
//  danglingAttacks    — an attack without exactly one attacker and one target;
//  duplicateIds       — ids held by more than one node of the map;
//  foreignIds         — elements whose id does not start with their map's id.
CALL () {
  MATCH (i:Inference {mapId: $mapId})
  WHERE COUNT { (i)-[:CONCLUDES]->(:Claim) } <> 1 OR NOT EXISTS { (:Claim)-[:PREMISE_OF]->(i) }
  RETURN collect(i.id) AS danglingInferences
}
CALL () {
  MATCH (a:Attack {mapId: $mapId})
  WHERE COUNT { (:Claim)-[:ATTACKER_OF]->(a) } <> 1 OR COUNT { (a)-[:TARGETS]->() } <> 1
  RETURN collect(a.id) AS danglingAttacks
}
CALL () {
  MATCH (n {mapId: $mapId})
  WHERE (n:Claim OR n:Inference OR n:Attack OR n:Actor)
  WITH n.id AS id, count(*) AS holders
  WHERE holders > 1
  RETURN collect(id) AS duplicateIds
}
CALL () {
  MATCH (n {mapId: $mapId})
  WHERE (n:Claim OR n:Inference OR n:Attack OR n:Actor) AND NOT n.id STARTS WITH $mapId + ':'
  RETURN collect(n.id) AS foreignIds
}
RETURN danglingInferences, danglingAttacks, duplicateIds, foreignIds
