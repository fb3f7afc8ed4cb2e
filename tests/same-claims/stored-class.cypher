// Test support: how the same-claim class of claim $id is stored. Returns propositions (how many
// Propositions the claim STATES) and members (ids of the claims stating its Proposition, itself
// included, sorted; empty when it states none).
MATCH (c:Claim {id: $id})
OPTIONAL MATCH (c)-[:STATES]->(p:Proposition)
WITH c, collect(p) AS ps
RETURN size(ps) AS propositions,
  COLLECT { UNWIND ps AS p MATCH (p)<-[:STATES]-(m:Claim) RETURN DISTINCT m.id AS id ORDER BY id } AS members
