// Upserts claims (step 3 of importMap). $mapId; $claims: rows with every stored property
// (id, key, text, tags, quoteText, quoteStart, quoteEnd): SET = replaces them all, so re-importing
// the same rows leaves the node unchanged. Versions: a new claim starts at 1; an existing one keeps
// its version when text, tags and quote are unchanged, and goes up by one otherwise.
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
WITH c, row, c.version AS before,
     // null-safe through coalesce: a missing quote equals a missing quote
     coalesce(c.text = row.text, false) AND coalesce(c.tags, []) = coalesce(row.tags, [])
       AND coalesce(c.quoteText, '') = coalesce(row.quoteText, '')
       AND coalesce(c.quoteStart, -1) = coalesce(row.quoteStart, -1)
       AND coalesce(c.quoteEnd, -1) = coalesce(row.quoteEnd, -1) AS same
SET c = row, c.mapId = $mapId,
    c.version = CASE WHEN before IS NULL THEN 1 WHEN same THEN before ELSE before + 1 END
