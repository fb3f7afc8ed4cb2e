// The justification subgraph of a conclusion, for drawing: every claim within $maxDepth support
// steps below it (nearest distance by SHORTEST, so the search is breadth-first and finite on
// cycles; the conclusion itself, reachable again round a cycle, is excluded so that it is listed
// once, at depth 0), the inferences between them, and the attacks on any of these with their attackers.
// $conclusionId; $maxDepth 1..10 (literal ceiling {1,10}; the WHERE on length filters the shortest
// paths once found, which is right: a claim whose shortest path is too long has no shorter one).
// Returns nodes and edges as in map-graph.
MATCH (conclusion:Claim {id: $conclusionId})
OPTIONAL MATCH path = SHORTEST 1 (conclusion)((:Claim)<-[:CONCLUDES]-(:Inference)<-[:PREMISE_OF]-(:Claim)){1,10}(below:Claim)
  WHERE length(path) <= 2 * $maxDepth AND below <> conclusion
WITH conclusion, collect({claim: below, depth: length(path) / 2}) AS found
WITH [{claim: conclusion, depth: 0}] + [f IN found WHERE f.claim IS NOT NULL] AS reached
WITH [r IN reached | r.claim] AS claims, [r IN reached WHERE r.depth < $maxDepth | r.claim] AS expandable
CALL (expandable) {
  UNWIND expandable AS c
  MATCH (c)<-[:CONCLUDES]-(i:Inference)
  RETURN collect(DISTINCT i) AS inferences
}
CALL (claims, inferences) {
  UNWIND claims + inferences AS target
  MATCH (attacker:Claim)-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(target)
  RETURN collect(DISTINCT {attack: a, attacker: attacker, target: target}) AS attacks
}
WITH claims, inferences, attacks,
     [a IN attacks WHERE NOT a.attacker IN claims | a.attacker] AS attackerClaims
WITH claims, inferences, attacks, reduce(acc = [], c IN attackerClaims | CASE WHEN c IN acc THEN acc ELSE acc + c END) AS extraClaims
WITH claims + extraClaims AS allClaims, inferences, attacks
UNWIND allClaims AS c
WITH allClaims, inferences, attacks, c,
     EXISTS { (c)-[:PREMISE_OF]->(:Inference) } AS isPremise, EXISTS { (c)<-[:CONCLUDES]-(:Inference) } AS isConcluded
WITH allClaims, inferences, attacks,
     collect({id: c.id, kind: 'CLAIM', label: c.text,
              role: CASE WHEN isPremise AND isConcluded THEN 'INTERMEDIATE' WHEN isPremise THEN 'BASIC_PREMISE'
                         WHEN isConcluded THEN 'MAIN_CONCLUSION' ELSE 'UNCONNECTED' END}) AS claimNodes
CALL (inferences, allClaims) {
  UNWIND inferences AS i
  MATCH (p:Claim)-[:PREMISE_OF]->(i)-[:CONCLUDES]->(c:Claim)
  WHERE p IN allClaims
  RETURN collect(DISTINCT {source: p.id, target: i.id, kind: 'PREMISE'}) + collect(DISTINCT {source: i.id, target: c.id, kind: 'CONCLUSION'}) AS supportEdges
}
WITH claimNodes
       + [i IN inferences | {id: i.id, kind: 'INFERENCE', label: coalesce(i.scheme, 'inference'), role: null}]
       + [a IN attacks | {id: a.attack.id, kind: 'ATTACK', label: CASE a.attack.kind WHEN 'REBUT' THEN 'rebuttal' ELSE 'undercut' END, role: null}] AS nodes,
     supportEdges
       + [a IN attacks | {source: a.attacker.id, target: a.attack.id, kind: 'ATTACKER'}]
       + [a IN attacks | {source: a.attack.id, target: a.target.id, kind: CASE a.attack.kind WHEN 'REBUT' THEN 'REBUTS' ELSE 'UNDERCUTS' END}] AS edges
RETURN nodes, [e IN edges | e {.*, id: e.source + '>' + e.kind + '>' + e.target}] AS edges
