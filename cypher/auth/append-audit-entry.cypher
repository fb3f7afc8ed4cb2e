// Records one write in the audit trail, inside the write's own transaction: one AuditEntry per map
// the write touched (one without mapId when it named none), so "history of map X" is an index seek.
// $id: a fresh uuid shared by the entries of one write; $actor: token id or 'local'; $role;
// $operation: GraphQL field or CLI command; $mapIds: list of map ids; $requestId: or null.
WITH CASE WHEN size($mapIds) = 0 THEN [null] ELSE $mapIds END AS mapIds
UNWIND mapIds AS mapId
CREATE (:AuditEntry {
  id: $id,
  at: datetime(),
  actor: $actor,
  role: $role,
  operation: $operation,
  mapId: mapId,
  requestId: $requestId
})
