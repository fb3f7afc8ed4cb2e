// Revokes an API token by id; revoking twice keeps the first time. No row when there is no such token.
// $id: the token id.
MATCH (t:ApiToken {id: $id})
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t { .id, .role, .maps, .name, createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt) } AS token
