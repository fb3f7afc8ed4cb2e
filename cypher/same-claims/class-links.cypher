// What the classes $propositionIds are made of: each one's member claims and the explicit SAME_AS
// links among them, from which the classes are recomputed. Returns one row per Proposition that
// exists: propositionId, claimIds, links ([from, to] pairs).
UNWIND $propositionIds AS id
MATCH (p:Proposition {id: id})
RETURN
  p.id AS propositionId,
  COLLECT { MATCH (p)<-[:STATES]-(c:Claim) RETURN c.id } AS claimIds,
  COLLECT { MATCH (p)<-[:STATES]-(a:Claim)-[:SAME_AS]->(b:Claim)-[:STATES]->(p) RETURN [a.id, b.id] } AS links
