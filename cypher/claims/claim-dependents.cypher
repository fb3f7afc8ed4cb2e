// What would be left dangling if a claim went: inferences it is a premise or the conclusion of,
// attacks it makes or receives. $id. Returns inferenceIds, attackIds.
MATCH (c:Claim {id: $id})
RETURN [(c)-[:PREMISE_OF|CONCLUDES]-(i:Inference) | i.id] AS inferenceIds,
       [(c)-[:ATTACKER_OF|TARGETS]-(a:Attack) | a.id] AS attackIds
