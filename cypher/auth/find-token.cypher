// The stored form of one API token, by id, for verifying a presented secret; no row when unknown.
// $id: the token id. Revoked tokens are returned too (with revokedAt) so the caller can say so.
MATCH (t:ApiToken {id: $id})
RETURN t { .id, .hash, .salt, .role, .maps, revokedAt: toString(t.revokedAt) } AS token
