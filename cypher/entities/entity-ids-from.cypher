// The entity ids taken among $base and `$base-<n>`, for making a free id from a name. $base: a
// slug. Returns ids. STARTS WITH is a seek on the entity_id constraint's index.
MATCH (e:Entity)
WHERE e.id = $base OR e.id STARTS WITH $base + '-'
RETURN collect(e.id) AS ids
