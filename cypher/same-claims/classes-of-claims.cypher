// The same-claim classes (Proposition ids) of the claims $ids, or of every claim of map $mapId
// whose id is not in $keepIds (what an import is about to prune; $mapId null: only $ids). Read
// before the claims are deleted, so that the classes can be repaired after. Returns propositionIds.
OPTIONAL CALL () {
  UNWIND $ids AS id
  MATCH (:Claim {id: id})-[:STATES]->(p:Proposition)
  RETURN p
  UNION
  MATCH (c:Claim {mapId: $mapId})-[:STATES]->(p:Proposition)
  WHERE NOT c.id IN $keepIds
  RETURN p
}
RETURN collect(DISTINCT p.id) AS propositionIds
