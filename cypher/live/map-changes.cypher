// The changes of one map after a change number, oldest first: its audit entries numbered by its
// AuditSequence (append-audit-entry; entries from before numbering have none and are left out).
// $mapId; $after: the last change number seen (0: from the first); $first: at most this many.
// Returns change (the shape of MapChange). The (mapId, sequence) index serves the range and order.
MATCH (e:AuditEntry {mapId: $mapId})
WHERE e.sequence > $after
RETURN e {
  cursor: toString(e.sequence), .sequence, .mapId, entryId: e.id, at: toString(e.at), .operation, .actor,
  elementIds: coalesce(e.elementIds, [])
} AS change
ORDER BY e.sequence
LIMIT toInteger($first)
