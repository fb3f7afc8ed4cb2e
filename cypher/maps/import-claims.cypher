// Upserts claims (step 3 of importMap). $mapId; $claims: rows with every stored property
// (id, key, text, tags, quoteText, quoteStart, quoteEnd): SET = replaces them all, so re-importing
// the same rows leaves the node unchanged.
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
SET c = row, c.mapId = $mapId
