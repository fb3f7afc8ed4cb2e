// For each claim, the fact-checks of every claim of its same-claim class (its own included),
// newest first (then by id). $ids: claim ids; $mapIds: the maps the caller may read, or null for
// all: a fact-check on a class member of another map counts only when that map is readable.
// The class: the claim (index seek on Claim.id), STATES, its Proposition, STATES back to members.
// Returns key, items (each fact-check's properties and claimId, the claim it CHECKS).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH id, c, [c] + COLLECT { MATCH (c)-[:STATES]->(:Proposition)<-[:STATES]-(other:Claim) WHERE other <> c RETURN other } AS members
UNWIND members AS member
MATCH (f:FactCheck)-[:CHECKS]->(member)
  WHERE $mapIds IS NULL OR member = c OR member.mapId IN $mapIds
WITH id, f, member ORDER BY f.datePublished DESC, f.id
RETURN id AS key, collect(f {.*, claimId: member.id}) AS items
