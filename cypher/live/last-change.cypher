// The number of a map's latest change (0 when it has none yet): where a subscriber without a
// cursor starts. $mapId. Returns sequence.
OPTIONAL MATCH (s:AuditSequence {mapId: $mapId})
RETURN coalesce(s.last, 0) AS sequence
