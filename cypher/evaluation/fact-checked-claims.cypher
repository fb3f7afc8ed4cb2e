// The claims of a map whose same-claim class carries a fact-check rated as one of $ratings
// (evaluate's reject.factCheckedAs). $mapId; $ratings: FactCheckRating names; $mapIds: the maps the
// caller may read, or null for all (a check on a class member of another map counts only when that
// map is readable). Starts from the fact-checks so rated (index fact_check_rating), then the
// checked claim and the members of its class. Returns claimId, each once.
MATCH (f:FactCheck)-[:CHECKS]->(checked:Claim)
  WHERE f.rating IN $ratings AND (checked.mapId = $mapId OR $mapIds IS NULL OR checked.mapId IN $mapIds)
CALL (checked) {
  RETURN checked AS member
  UNION
  MATCH (checked)-[:STATES]->(:Proposition)<-[:STATES]-(member:Claim)
  RETURN member
}
WITH member WHERE member.mapId = $mapId
RETURN DISTINCT member.id AS claimId
