// The change feed (docs/live.md): one AuditSequence per map numbers its audit entries in commit
// order, and subscribers read entries of a map after a number.
CREATE CONSTRAINT audit_sequence_map_id IF NOT EXISTS FOR (s:AuditSequence) REQUIRE s.mapId IS UNIQUE;
CREATE INDEX audit_entry_map_sequence IF NOT EXISTS FOR (e:AuditEntry) ON (e.mapId, e.sequence);
