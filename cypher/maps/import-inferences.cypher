// Upserts inferences with exactly the premises and conclusion of each row (step 5 of importMap).
// $mapId; $inferences: rows {id, key, scheme, warrant, premiseIds, conclusionId, answers: [{question,
// claimId}]}; every referenced claim was written by step 3 of the same transaction. The answers to
// critical questions are made exactly those of the row. Versions: a new inference starts at 1; an
// existing one goes up by one when its scheme, warrant, premises or conclusion change.
UNWIND $inferences AS row
MERGE (i:Inference {id: row.id})
WITH i, row, i.version AS before,
     coalesce(i.scheme, '') = coalesce(row.scheme, '') AND coalesce(i.warrant, '') = coalesce(row.warrant, '')
       AND COUNT { (:Claim)-[:PREMISE_OF]->(i) } = size(row.premiseIds)
       AND all(premiseId IN row.premiseIds WHERE EXISTS { (:Claim {id: premiseId})-[:PREMISE_OF]->(i) })
       AND EXISTS { (i)-[:CONCLUDES]->(:Claim {id: row.conclusionId}) } AS same
SET i.version = CASE WHEN before IS NULL THEN 1 WHEN same THEN before ELSE before + 1 END
SET i.key = row.key, i.mapId = $mapId, i.scheme = row.scheme, i.warrant = row.warrant
WITH i, row
CALL (i, row) {
  MATCH (p:Claim)-[r:PREMISE_OF]->(i) WHERE NOT p.id IN row.premiseIds
  DELETE r
}
CALL (i, row) {
  MATCH (i)-[r:CONCLUDES]->(c:Claim) WHERE c.id <> row.conclusionId
  DELETE r
}
CALL (i, row) {
  MATCH (c:Claim)-[r:ANSWERS]->(i)
  WHERE NONE(answer IN row.answers WHERE answer.question = r.question AND answer.claimId = c.id)
  DELETE r
}
CALL (i, row) {
  UNWIND row.answers AS answer
  MATCH (c:Claim {id: answer.claimId})
  MERGE (c)-[:ANSWERS {question: answer.question}]->(i)
}
CALL (i, row) {
  UNWIND row.premiseIds AS premiseId
  MATCH (p:Claim {id: premiseId})
  MERGE (p)-[:PREMISE_OF]->(i)
}
MATCH (c:Claim {id: row.conclusionId})
MERGE (i)-[:CONCLUDES]->(c)
