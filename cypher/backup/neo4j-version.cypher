// The Neo4j server's version and edition, for a backup's manifest. No parameters.
// Returns version (e.g. "5.26.30") and edition ("community" or "enterprise").
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
