// Upserts attack nodes (step 6 of importMap). $mapId; $attacks: rows {id, key, kind, scheme,
// criticalQuestion, attackerId, targetId}. Their attackers and targets are linked by import-attack-links once every
// attack exists, because an UNDERCUT may target another attack of the same document (AIF CA→CA).
// Versions: a new attack starts at 1; an existing one goes up by one when its kind changes.
UNWIND $attacks AS row
MERGE (a:Attack {id: row.id})
SET a.version = CASE WHEN a.version IS NULL THEN 1 WHEN a.kind = row.kind THEN a.version ELSE a.version + 1 END
SET a.key = row.key, a.mapId = $mapId, a.kind = row.kind, a.scheme = row.scheme, a.criticalQuestion = row.criticalQuestion
