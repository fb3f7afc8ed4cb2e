// What each id names, for the existence and same-map checks of every mutation.
// $ids: ids of maps, claims, inferences, attacks or actors. Returns id, label, mapId for each found.
UNWIND $ids AS id
CALL (id) {
  MATCH (m:Map {id: id}) RETURN 'Map' AS label, m.id AS mapId
  UNION
  MATCH (c:Claim {id: id}) RETURN 'Claim' AS label, c.mapId AS mapId
  UNION
  MATCH (i:Inference {id: id}) RETURN 'Inference' AS label, i.mapId AS mapId
  UNION
  MATCH (a:Attack {id: id}) RETURN 'Attack' AS label, a.mapId AS mapId
  UNION
  MATCH (a:Actor {id: id}) RETURN 'Actor' AS label, a.mapId AS mapId
}
RETURN id, label, mapId
