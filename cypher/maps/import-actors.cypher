// Upserts actors (step 4 of importMap). $mapId; $actors: rows (id, key, name, kind, aliases,
// aliasText — the aliases joined, for the full-text index).
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
SET a = row, a.mapId = $mapId
