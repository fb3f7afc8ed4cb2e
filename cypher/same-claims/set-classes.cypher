// Stores classes computed from the SAME_AS links (src/same-claims/class-components.ts): each of
// $classes ({propositionId, claimIds}) becomes one Proposition stated by exactly those claims
// (created when new; a claim's STATES to any other Proposition is replaced); each claim of
// $loners states nothing; each Proposition of $propositionIds left without a claim is deleted.
CALL () {
  UNWIND $classes AS class
  MERGE (p:Proposition {id: class.propositionId})
  WITH p, class
  UNWIND class.claimIds AS claimId
  MATCH (c:Claim {id: claimId})
  OPTIONAL MATCH (c)-[old:STATES]->(other:Proposition) WHERE other <> p
  DELETE old
  MERGE (c)-[:STATES]->(p)
}
CALL () {
  UNWIND $loners AS claimId
  MATCH (:Claim {id: claimId})-[s:STATES]->(:Proposition)
  DELETE s
}
CALL () {
  UNWIND $propositionIds AS id
  MATCH (p:Proposition {id: id})
  WHERE NOT EXISTS { (p)<-[:STATES]-(:Claim) }
  DELETE p
}
