// The claims a same-claim link would join or part, read in the link's own transaction after
// lock-same-claims has locked them and their classes. $ids: the claim ids. Returns one row per
// claim found: id, mapId, propositionId (null when linked to none), members ({id, mapId} of its
// class, itself included), linkedTo (ids of the claims it has a SAME_AS with, either way).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:STATES]->(p:Proposition)
RETURN
  c.id AS id,
  c.mapId AS mapId,
  p.id AS propositionId,
  CASE
    WHEN p IS NULL THEN [{id: c.id, mapId: c.mapId}]
    ELSE COLLECT { MATCH (p)<-[:STATES]-(m:Claim) RETURN {id: m.id, mapId: m.mapId} }
  END AS members,
  COLLECT { MATCH (c)-[:SAME_AS]-(o:Claim) RETURN o.id } AS linkedTo
