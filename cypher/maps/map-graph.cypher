// Every node and edge of one map in a flat shape for graph viewers. $mapId.
// Returns one row: nodes [{id, kind, label, role}], edges [{id, source, target, kind}].
// Each MATCH starts from a map-scoped index seek; edges are found from the map's own nodes.
CALL () {
  MATCH (c:Claim {mapId: $mapId})
  WITH c, EXISTS { (c)-[:PREMISE_OF]->(:Inference) } AS isPremise, EXISTS { (c)<-[:CONCLUDES]-(:Inference) } AS isConcluded
  RETURN {id: c.id, kind: 'CLAIM', label: c.text,
          role: CASE WHEN isPremise AND isConcluded THEN 'INTERMEDIATE' WHEN isPremise THEN 'BASIC_PREMISE'
                     WHEN isConcluded THEN 'MAIN_CONCLUSION' ELSE 'UNCONNECTED' END} AS node
  UNION ALL
  MATCH (i:Inference {mapId: $mapId})
  RETURN {id: i.id, kind: 'INFERENCE', label: coalesce(i.scheme, 'inference'), role: null} AS node
  UNION ALL
  MATCH (a:Attack {mapId: $mapId})
  RETURN {id: a.id, kind: 'ATTACK', label: CASE a.kind WHEN 'REBUT' THEN 'rebuttal' ELSE 'undercut' END, role: null} AS node
  UNION ALL
  MATCH (a:Actor {mapId: $mapId})
  RETURN {id: a.id, kind: 'ACTOR', label: a.name, role: null} AS node
}
WITH collect(node) AS nodes
// OPTIONAL: a map without a single edge must keep its row (and its nodes); collect skips the null.
OPTIONAL CALL () {
  MATCH (c:Claim)-[:PREMISE_OF]->(i:Inference {mapId: $mapId})
  RETURN {source: c.id, target: i.id, kind: 'PREMISE'} AS edge
  UNION ALL
  MATCH (i:Inference {mapId: $mapId})-[:CONCLUDES]->(c:Claim)
  RETURN {source: i.id, target: c.id, kind: 'CONCLUSION'} AS edge
  UNION ALL
  MATCH (c:Claim)-[:ATTACKER_OF]->(a:Attack {mapId: $mapId})
  RETURN {source: c.id, target: a.id, kind: 'ATTACKER'} AS edge
  UNION ALL
  MATCH (a:Attack {mapId: $mapId})-[:TARGETS]->(t)
  RETURN {source: a.id, target: t.id, kind: CASE WHEN t:Claim THEN 'REBUTS' ELSE 'UNDERCUTS' END} AS edge
  UNION ALL
  MATCH (a:Actor {mapId: $mapId})-[:ASSERTS]->(c:Claim)
  RETURN {source: a.id, target: c.id, kind: 'ASSERTS'} AS edge
  UNION ALL
  MATCH (c:Claim)-[:ABOUT]->(a:Actor {mapId: $mapId})
  RETURN {source: c.id, target: a.id, kind: 'ABOUT'} AS edge
  UNION ALL
  MATCH (from)-[r:REPHRASED_AS {mapId: $mapId}]->(to)
  RETURN {source: from.id, target: to.id, kind: 'REPHRASE'} AS edge
  UNION ALL
  MATCH (preferred)-[r:PREFERRED_OVER {mapId: $mapId}]->(over)
  RETURN {source: preferred.id, target: over.id, kind: 'PREFERENCE'} AS edge
}
RETURN nodes, collect(edge {.*, id: edge.source + '>' + edge.kind + '>' + edge.target}) AS edges
