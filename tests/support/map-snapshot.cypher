// Test support: every node of a map (its Map, Source and elements) with labels and properties, and
// every relationship touching them, canonically ordered. $mapId. Returns nodes, relationships.
// The audit trail (entries and the map's AuditSequence) is left out: it records attempts by design
// (an idempotent re-import is logged).
MATCH (n)
WHERE (n.mapId = $mapId AND NOT n:AuditEntry AND NOT n:AuditSequence) OR (n:Map AND n.id = $mapId)
WITH n ORDER BY n.id, labels(n)[0]
WITH collect(n) AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[r]->(m)
  RETURN coalesce(n.id, n.mapId) + ' -' + type(r) + '-> ' + coalesce(m.id, m.mapId) AS relationship
  ORDER BY relationship
}
WITH nodes, collect(relationship) AS relationships
RETURN [n IN nodes | {labels: labels(n), properties: properties(n)}] AS nodes, relationships
