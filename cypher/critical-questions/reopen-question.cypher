// Reopens a critical question of an inference: deletes the undercut that challenges it and the
// answer relationship; the claims stay. $inferenceId, $questionId. Returns removed (how many).
MATCH (i:Inference {id: $inferenceId})
OPTIONAL MATCH (i)<-[:TARGETS]-(a:Attack {criticalQuestion: $questionId})
OPTIONAL MATCH (i)<-[r:ANSWERS {question: $questionId}]-(:Claim)
WITH collect(DISTINCT a) AS challenges, collect(DISTINCT r) AS answers
FOREACH (challenge IN challenges | DETACH DELETE challenge)
FOREACH (answer IN answers | DELETE answer)
RETURN size(challenges) + size(answers) AS removed
