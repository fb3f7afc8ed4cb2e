// One poll of the change follower (src/live/audit-trail-follower.ts): for each followed map, its
// changes after the number the follower has seen, oldest first. $cursors: [{mapId, after}];
// $first: at most this many per map (the rest come with the next poll). Returns change (MapChange).
UNWIND $cursors AS cursor
CALL (cursor) {
  MATCH (e:AuditEntry {mapId: cursor.mapId})
  WHERE e.sequence > cursor.after
  RETURN e
  ORDER BY e.sequence
  LIMIT toInteger($first)
}
RETURN e {
  cursor: toString(e.sequence), .sequence, .mapId, entryId: e.id, at: toString(e.at), .operation, .actor,
  elementIds: coalesce(e.elementIds, [])
} AS change
