// The newest audit entries of one map: who wrote what, when. $mapId: the map; $first: at most this
// many entries (newest first; the (mapId, at) index serves the order).
MATCH (e:AuditEntry {mapId: $mapId})
RETURN e { .id, at: toString(e.at), .actor, .role, .operation, .requestId } AS entry
ORDER BY e.at DESC, e.id
LIMIT toInteger($first)
