// API tokens are looked up by id (the `argmap_<id>_<secret>` format carries it); the audit trail is
// read per map, newest first.
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE INDEX audit_entry_map_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.mapId, e.at);
