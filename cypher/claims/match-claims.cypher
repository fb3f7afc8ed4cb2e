// Candidate claims for matchClaims: the full-text index's best hits on a text or on a claim's text,
// each with its actors, and the source claim's actors (scored in src/claims/match-claims.ts).
// $search: a Lucene query escaped by toLiteralLuceneQuery (the text form), or null; $claimId: the
// source claim (the claimId form), or null; $maps: the maps chosen, or null for all; $mapIds: the
// maps the caller may read (QueryScope.readableMaps), or null for all; $candidates: how many hits
// to score. Each candidate comes with its map (as loaders/maps-by-id reads it), so that
// ClaimMatch.map costs no further round trip. One row: found (false when $claimId names no claim), sourceText, sourceActors, candidates.
// The claimId form builds its query here, so that one round trip suffices: the claim's text, cut
// to its first 1,000 characters (each Lucene clause takes at least one character, so this stays
// below the 1,024-clause limit whatever the script), lower-cased, with every character of Lucene's
// query syntax escaped (backslash first) — the same escaping as src/shared/lucene.ts.
// A source claim of a map the caller may not read is as absent as one that does not exist.
// A claim is never its own candidate, nor one of its map; claims of staged imports never are.
OPTIONAL MATCH (source:Claim {id: $claimId}) WHERE $mapIds IS NULL OR source.mapId IN $mapIds
WITH source,
     CASE WHEN source IS NULL THEN coalesce($search, '')
          ELSE reduce(s = toLower(left(source.text, 1000)),
                      ch IN ['\\', '+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '/']
                      | replace(s, ch, '\\' + ch))
     END AS search
CALL (source, search) {
  WITH source, search WHERE trim(search) <> ''
  CALL db.index.fulltext.queryNodes('claim_text', search) YIELD node AS c, score
  WHERE ($maps IS NULL OR c.mapId IN $maps)
    AND ($mapIds IS NULL OR c.mapId IN $mapIds)
    AND NOT c.mapId CONTAINS '~staging-'
    AND (source IS NULL OR c.mapId <> source.mapId)
  WITH c, score ORDER BY score DESC, c.id LIMIT toInteger($candidates)
  MATCH (m:Map {id: c.mapId})
  RETURN collect({
    claim: properties(c),
    fullTextScore: score,
    map: m {.id, .title, .description, createdAt: toString(m.createdAt)},
    actors: [(c)-[:ASSERTS|ABOUT]-(a:Actor) | {name: a.name, entityId: [(a)-[:REFERS_TO]->(e:Entity) | e.id][0]}]
  }) AS candidates
}
RETURN source IS NOT NULL AS found,
       source.text AS sourceText,
       CASE WHEN source IS NULL THEN []
            ELSE [(source)-[:ASSERTS|ABOUT]-(a:Actor) | {name: a.name, entityId: [(a)-[:REFERS_TO]->(e:Entity) | e.id][0]}]
       END AS sourceActors,
       candidates
