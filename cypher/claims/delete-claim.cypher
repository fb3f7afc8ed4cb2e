// Deletes a claim and, with it, what would be left dangling: inferences it concludes, inferences
// whose only premise it is, attacks it makes or receives, and attacks undercutting a removed
// inference. Inferences that keep other premises stay, without this one. Actor links go with the
// claim, and so do its same-claim links (SAME_AS, STATES): deleteClaim then recomputes the classes
// they held (src/same-claims/class-store.ts). $id. Returns the removed inferenceIds and attackIds.
// An inference that loses this premise but stays has changed: its version goes up by one.
MATCH (c:Claim {id: $id})
// COLLECT subqueries, not CALL: a CALL that finds nothing would drop the claim's row, and then
// nothing at all would be deleted.
WITH c, COLLECT {
  MATCH (c)<-[:CONCLUDES]-(i:Inference)
  RETURN i
  UNION
  MATCH (c)-[:PREMISE_OF]->(i:Inference)
  WHERE NOT EXISTS { MATCH (other:Claim)-[:PREMISE_OF]->(i) WHERE other <> c }
  RETURN i
} AS inferences
WITH c, inferences, COLLECT {
  MATCH (c)-[:ATTACKER_OF|TARGETS]-(a:Attack)
  RETURN a
  UNION
  UNWIND inferences AS i
  MATCH (i)<-[:TARGETS]-(a:Attack)
  RETURN a
} AS attacks
WITH c, inferences, attacks, [i IN inferences | i.id] AS inferenceIds, [a IN attacks | a.id] AS attackIds
FOREACH (i IN [(c)-[:PREMISE_OF]->(kept:Inference) WHERE NOT kept IN inferences | kept] |
  SET i.version = coalesce(i.version, 1) + 1)
FOREACH (n IN inferences + attacks | DETACH DELETE n)
DETACH DELETE c
RETURN inferenceIds, attackIds
