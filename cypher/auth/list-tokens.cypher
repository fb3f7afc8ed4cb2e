// Every API token, oldest first, without hash or salt.
MATCH (t:ApiToken)
RETURN t { .id, .role, .maps, .name, createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt) } AS token
ORDER BY t.createdAt, t.id
