// What each id names, for the existence and same-map checks of every mutation.
// $ids: ids of maps, claims, inferences, attacks or actors. Returns id, label, mapId for each found.
// Runs only in write transactions: every element found (maps aside, which are never deleted) is
// write-locked, so a concurrent delete waits for this transaction — or deadlocks and is retried —
// and an element cannot vanish between this check and the write that relies on it.
UNWIND $ids AS id
CALL (id) {
  MATCH (m:Map {id: id}) RETURN null AS node, 'Map' AS label, m.id AS mapId
  UNION
  MATCH (c:Claim {id: id}) RETURN c AS node, 'Claim' AS label, c.mapId AS mapId
  UNION
  MATCH (i:Inference {id: id}) RETURN i AS node, 'Inference' AS label, i.mapId AS mapId
  UNION
  MATCH (a:Attack {id: id}) RETURN a AS node, 'Attack' AS label, a.mapId AS mapId
  UNION
  MATCH (a:Actor {id: id}) RETURN a AS node, 'Actor' AS label, a.mapId AS mapId
}
FOREACH (locked IN CASE WHEN node IS NULL THEN [] ELSE [node] END | SET locked._lock = true REMOVE locked._lock)
RETURN id, label, mapId
