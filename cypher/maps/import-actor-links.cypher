// Upserts actor links (step 7 of importMap). $links: rows {actorId, claimId, kind}; links the
// document no longer holds were removed by prune-map first.
UNWIND $links AS link
MATCH (a:Actor {id: link.actorId})
MATCH (c:Claim {id: link.claimId})
FOREACH (_ IN CASE WHEN link.kind = 'ASSERTS' THEN [1] ELSE [] END | MERGE (a)-[:ASSERTS]->(c))
FOREACH (_ IN CASE WHEN link.kind = 'ABOUT' THEN [1] ELSE [] END | MERGE (c)-[:ABOUT]->(a))
