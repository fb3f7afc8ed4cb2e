// Records one write in the audit trail, inside the write's own transaction: one AuditEntry per map
// the write touched (one without mapId when it named none), so "history of map X" is an index seek.
// Only ids of maps that exist are kept (a hostile argument may name anything, of any length).
// Each map's entries are numbered by its AuditSequence: raising it write-locks it until commit, so
// writes to one map take their numbers in commit order, without gaps (a rolled-back write takes
// none) — what lets the change feed follow the trail by number (docs/live.md).
// $id: a fresh uuid shared by the entries of one write; $actor: token id or 'local'; $role;
// $operation: GraphQL field or CLI command; $mapIds: list of map ids; $requestId: or null;
// $elementIds: the element ids the write names in its result (may be empty).
// Maps in id order, so two writes touching the same maps lock their sequences in the same order.
UNWIND $mapIds AS candidate
OPTIONAL MATCH (m:Map {id: candidate})
WITH m ORDER BY m.id
WITH collect(DISTINCT m.id) AS known
UNWIND CASE WHEN size(known) = 0 THEN [null] ELSE known END AS mapId
CALL (mapId) {
  WITH mapId WHERE mapId IS NOT NULL
  MERGE (s:AuditSequence {mapId: mapId})
  SET s.last = coalesce(s.last, 0) + 1
  RETURN s.last AS sequence
  UNION
  WITH mapId WHERE mapId IS NULL
  RETURN null AS sequence
}
CREATE (:AuditEntry {
  id: $id,
  at: datetime(),
  actor: $actor,
  role: $role,
  operation: $operation,
  mapId: mapId,
  requestId: $requestId,
  sequence: sequence,
  elementIds: [id IN $elementIds WHERE mapId IS NOT NULL AND id STARTS WITH mapId + ':']
})
