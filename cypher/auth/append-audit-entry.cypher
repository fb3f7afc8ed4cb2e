// Records one write in the audit trail, inside the write's own transaction: one AuditEntry per map
// the write touched (one without mapId when it named none), so "history of map X" is an index seek.
// Only ids of maps that exist are kept (a hostile argument may name anything, of any length).
// $id: a fresh uuid shared by the entries of one write; $actor: token id or 'local'; $role;
// $operation: GraphQL field or CLI command; $mapIds: list of map ids; $requestId: or null.
UNWIND $mapIds AS candidate
OPTIONAL MATCH (m:Map {id: candidate})
WITH collect(DISTINCT m.id) AS known
UNWIND CASE WHEN size(known) = 0 THEN [null] ELSE known END AS mapId
CREATE (:AuditEntry {
  id: $id,
  at: datetime(),
  actor: $actor,
  role: $role,
  operation: $operation,
  mapId: mapId,
  requestId: $requestId
})
