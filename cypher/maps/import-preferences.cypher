// Upserts preferences (AIF PA) as relationships from the preferred element to the other (step 9
// of importMap); each end is a claim, an inference or an attack. $mapId; $preferences: rows
// {id, key, scheme, preferredId, overId}. Stale ones were removed by prune-map first.
UNWIND $preferences AS row
CALL (row) {
  OPTIONAL MATCH (c:Claim {id: row.preferredId})
  OPTIONAL MATCH (i:Inference {id: row.preferredId})
  OPTIONAL MATCH (a:Attack {id: row.preferredId})
  RETURN coalesce(c, i, a) AS preferred
}
CALL (row) {
  OPTIONAL MATCH (c:Claim {id: row.overId})
  OPTIONAL MATCH (i:Inference {id: row.overId})
  OPTIONAL MATCH (a:Attack {id: row.overId})
  RETURN coalesce(c, i, a) AS over
}
MERGE (preferred)-[r:PREFERRED_OVER {id: row.id}]->(over)
SET r.key = row.key, r.mapId = $mapId, r.scheme = row.scheme
