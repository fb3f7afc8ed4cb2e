// The neighbourhood of a page of claims in one round trip: for each claim, exactly what the loaders
// inferences-concluding-claims (+ premises-of-inferences), inferences-from-premises
// (+ conclusions-of-inferences), attacks-on-claims (+ attackers-of-attacks), actors-asserting-claims
// and actors-claims-are-about would return, in their orders, so that the page can prime them
// (src/claims/claim-neighbourhood.ts). A part whose flag is false is not read (returned empty).
// $ids: claim ids; $supportedBy, $supports, $attackedBy, $assertedBy, $about: booleans.
// Returns id, supportedBy [{inference, premises}], supports [{inference, conclusion}],
// attackedBy [{attack, attacker}], assertedBy, about.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id,
  CASE WHEN $supportedBy THEN COLLECT {
    MATCH (c)<-[:CONCLUDES]-(i:Inference)
    WITH i ORDER BY i.id
    RETURN {inference: properties(i),
            premises: COLLECT { MATCH (i)<-[:PREMISE_OF]-(p:Claim) WITH p ORDER BY p.id RETURN properties(p) }}
  } ELSE [] END AS supportedBy,
  CASE WHEN $supports THEN COLLECT {
    MATCH (c)-[:PREMISE_OF]->(i:Inference)
    WITH i ORDER BY i.id
    RETURN {inference: properties(i), conclusion: COLLECT { MATCH (i)-[:CONCLUDES]->(k:Claim) RETURN properties(k) }[0]}
  } ELSE [] END AS supports,
  CASE WHEN $attackedBy THEN COLLECT {
    MATCH (c)<-[:TARGETS]-(a:Attack)
    WITH a ORDER BY a.id
    RETURN {attack: properties(a), attacker: COLLECT { MATCH (a)<-[:ATTACKER_OF]-(k:Claim) RETURN properties(k) }[0]}
  } ELSE [] END AS attackedBy,
  CASE WHEN $assertedBy THEN COLLECT {
    MATCH (c)<-[:ASSERTS]-(a:Actor) WITH a ORDER BY a.name RETURN properties(a)
  } ELSE [] END AS assertedBy,
  CASE WHEN $about THEN COLLECT {
    MATCH (c)-[:ABOUT]->(a:Actor) WITH a ORDER BY a.name RETURN properties(a)
  } ELSE [] END AS about
