// How many admin tokens are not revoked (zero means the service offers a bootstrap token).
MATCH (t:ApiToken {role: 'admin'})
WHERE t.revokedAt IS NULL
RETURN count(t) AS count
