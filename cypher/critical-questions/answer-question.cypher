// Records a claim's answer to a critical question of an inference, as (claim)-[:ANSWERS]->(inference)
// with the question's id: a relationship, since nothing points at an answer. Both were checked to
// exist in one map. $claimId, $inferenceId, $questionId. Returns question.
MATCH (answer:Claim {id: $claimId}), (i:Inference {id: $inferenceId})
CREATE (answer)-[r:ANSWERS {question: $questionId}]->(i)
RETURN r.question AS question
