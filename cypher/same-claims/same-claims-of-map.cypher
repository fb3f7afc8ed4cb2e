// The explicit same-claim links of every claim of map $mapId, either way round, for the
// `claims[].sameAs` of its argmap/map@1 document: by claim key, then by the other claim's id.
// Only links to claims of maps in $mapIds (the caller's readable maps; null: every map).
// Returns one row per claim with a link: key, sameAs ([{claimId, note}]).
MATCH (c:Claim {mapId: $mapId})-[:STATES]->(:Proposition)
WITH c ORDER BY c.key
RETURN c.key AS key, COLLECT {
  MATCH (c)-[r:SAME_AS]-(other:Claim)
  WHERE $mapIds IS NULL OR other.mapId IN $mapIds
  RETURN {claimId: other.id, note: r.note} AS link ORDER BY link.claimId
} AS sameAs
