// Stores a new API token (never its secret: only a salted scrypt hash of it).
// $id, $hash, $salt, $role ('reader' | 'editor' | 'admin'), $maps (list of map ids, or null for
// every map), $name (a label for people, or null). Returns the stored token without hash and salt.
CREATE (t:ApiToken {
  id: $id,
  hash: $hash,
  salt: $salt,
  role: $role,
  maps: $maps,
  name: $name,
  createdAt: datetime()
})
RETURN t { .id, .role, .maps, .name, createdAt: toString(t.createdAt), revokedAt: null } AS token
