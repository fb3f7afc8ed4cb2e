// The role of each claim, derived from the support structure (see ClaimRole in the schema).
// $ids: claim ids. Returns key, item (the role name).
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WITH id, EXISTS { (c)-[:PREMISE_OF]->(:Inference) } AS isPremise, EXISTS { (c)<-[:CONCLUDES]-(:Inference) } AS isConcluded
RETURN id AS key,
       CASE
         WHEN isPremise AND isConcluded THEN 'INTERMEDIATE'
         WHEN isPremise THEN 'BASIC_PREMISE'
         WHEN isConcluded THEN 'MAIN_CONCLUSION'
         ELSE 'UNCONNECTED'
       END AS item
