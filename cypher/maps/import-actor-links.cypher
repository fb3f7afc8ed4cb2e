// Makes the map's actor links exactly $links (step 7 of importMap). $mapId; $links: rows
// {actorId, claimId, kind}; $linkKeys: "actorId|claimId|kind" of each row, to find stale links.
CALL () {
  MATCH (a:Actor {mapId: $mapId})-[r:ASSERTS]->(c:Claim)
  WHERE NOT a.id + '|' + c.id + '|ASSERTS' IN $linkKeys
  DELETE r
}
CALL () {
  MATCH (a:Actor {mapId: $mapId})<-[r:ABOUT]-(c:Claim)
  WHERE NOT a.id + '|' + c.id + '|ABOUT' IN $linkKeys
  DELETE r
}
UNWIND $links AS link
MATCH (a:Actor {id: link.actorId})
MATCH (c:Claim {id: link.claimId})
FOREACH (_ IN CASE WHEN link.kind = 'ASSERTS' THEN [1] ELSE [] END | MERGE (a)-[:ASSERTS]->(c))
FOREACH (_ IN CASE WHEN link.kind = 'ABOUT' THEN [1] ELSE [] END | MERGE (c)-[:ABOUT]->(a))
