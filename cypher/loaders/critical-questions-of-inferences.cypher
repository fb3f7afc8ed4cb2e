// For each inference, how its critical questions were challenged and answered. $ids: inference ids.
// Returns key, items: one item {question, link, claim, attack} per challenge (link 'CHALLENGE': the
// undercut marked with the question and its attacker) and per answer (link 'ANSWER': the answering
// claim, attack null), ordered by question then link. Open questions have no item.
UNWIND $ids AS id
MATCH (i:Inference {id: id})
CALL (i) {
  MATCH (challenger:Claim)-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(i)
  WHERE a.criticalQuestion IS NOT NULL
  RETURN a.criticalQuestion AS question, 'CHALLENGE' AS link, properties(challenger) AS claim, properties(a) AS attack
  UNION ALL
  MATCH (answer:Claim)-[r:ANSWERS]->(i)
  RETURN r.question AS question, 'ANSWER' AS link, properties(answer) AS claim, null AS attack
}
WITH id, question, link, claim, attack ORDER BY question, link
RETURN id AS key, collect({question: question, link: link, claim: claim, attack: attack}) AS items
