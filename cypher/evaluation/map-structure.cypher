// The whole argument structure of each map, for evaluation in memory, in one round trip whatever
// the map's size. $mapIds: map ids. $batchSize: at most this many elements per row. An unknown map
// gives no row; a known one at least one (with part null when it is empty).
// Each row holds one part of one map, named by `part`, in columns whose meaning depends on it:
//   CLAIMS      ids: claim ids, nodes: their node numbers
//   INFERENCES  ids, nodes: the inferences', first: each one's conclusion (a claim node number),
//               second: its premises (claim node numbers), third: its scheme name ('' when it has none:
//               collect drops nulls, and the list must stay parallel)
//   ATTACKS     ids, nodes: the attacks', first: each one's attacker (a claim node number), second:
//               what it targets, 0 a claim (a rebuttal), 1 an inference or 2 another attack (an
//               undercut; AIF CA→CA), third: the target's node number
//   ACTORS      ids, nodes: the actors'
//   ASSERTS     first: an actor's node number, second: the node number of a claim it ASSERTS
//   CHALLENGES  first: the node number of an undercut that challenges a critical question,
//               second: the question's id (see cypher/critical-questions)
//   ANSWERS     first: an answering claim's node number, second: the inference's, third: the
//               question's id
// Node numbers are id(n), used only as join keys within this one answer: never stored, never shown
// (id() is deprecated as a lasting identifier, not for this). They spare the JavaScript driver most
// of the strings: it decodes strings slowly, and integers fast. Likewise rows of $batchSize: the
// driver decodes each string of a message that spans many 64 KiB chunks by walking all its chunks,
// so one row of a 100k-claim map (~10 MB) costs seconds to decode, and rows of a few thousand
// elements milliseconds. Claims, inferences and attacks come in id order, so that answers and
// explanations are stable from run to run. Each branch starts from a map-scope index seek.
UNWIND $mapIds AS mapId
MATCH (:Map {id: mapId})
OPTIONAL CALL (mapId) {
  MATCH (c:Claim {mapId: mapId})
  WITH c ORDER BY c.id
  WITH collect(c.id) AS ids, collect(id(c)) AS nodes
  UNWIND range(0, size(ids) - 1, $batchSize) AS start
  RETURN 'CLAIMS' AS part, ids[start..start + $batchSize] AS ids, nodes[start..start + $batchSize] AS nodes,
         null AS first, null AS second, null AS third
  UNION ALL
  MATCH (i:Inference {mapId: mapId})-[:CONCLUDES]->(c:Claim)
  WITH i, c ORDER BY i.id
  WITH collect(i.id) AS ids, collect(id(i)) AS nodes, collect(id(c)) AS conclusions,
       collect(COLLECT { MATCH (p:Claim)-[:PREMISE_OF]->(i) RETURN id(p) }) AS premises, collect(coalesce(i.scheme, '')) AS schemes
  UNWIND range(0, size(ids) - 1, $batchSize) AS start
  RETURN 'INFERENCES' AS part, ids[start..start + $batchSize] AS ids, nodes[start..start + $batchSize] AS nodes,
         conclusions[start..start + $batchSize] AS first, premises[start..start + $batchSize] AS second,
         schemes[start..start + $batchSize] AS third
  UNION ALL
  MATCH (attacker:Claim)-[:ATTACKER_OF]->(a:Attack {mapId: mapId})-[:TARGETS]->(target)
  WITH a, attacker, target,
       CASE WHEN target:Claim THEN 0 WHEN target:Inference THEN 1 WHEN target:Attack THEN 2 END AS targetKind
  WHERE (a.kind = 'REBUT' AND targetKind = 0) OR (a.kind = 'UNDERCUT' AND targetKind IN [1, 2])
  WITH a, attacker, target, targetKind ORDER BY a.id
  WITH collect(a.id) AS ids, collect(id(a)) AS nodes, collect(id(attacker)) AS attackers, collect(targetKind) AS targetKinds,
       collect(id(target)) AS targets
  UNWIND range(0, size(ids) - 1, $batchSize) AS start
  RETURN 'ATTACKS' AS part, ids[start..start + $batchSize] AS ids, nodes[start..start + $batchSize] AS nodes,
         attackers[start..start + $batchSize] AS first, targetKinds[start..start + $batchSize] AS second,
         targets[start..start + $batchSize] AS third
  UNION ALL
  MATCH (actor:Actor {mapId: mapId})
  WITH actor ORDER BY actor.id
  WITH collect(actor.id) AS ids, collect(id(actor)) AS nodes
  UNWIND range(0, size(ids) - 1, $batchSize) AS start
  RETURN 'ACTORS' AS part, ids[start..start + $batchSize] AS ids, nodes[start..start + $batchSize] AS nodes,
         null AS first, null AS second, null AS third
  UNION ALL
  MATCH (actor:Actor {mapId: mapId})-[:ASSERTS]->(c:Claim)
  WITH collect(id(actor)) AS actors, collect(id(c)) AS claims
  UNWIND range(0, size(actors) - 1, $batchSize) AS start
  RETURN 'ASSERTS' AS part, null AS ids, null AS nodes, actors[start..start + $batchSize] AS first,
         claims[start..start + $batchSize] AS second, null AS third
  UNION ALL
  MATCH (a:Attack {mapId: mapId})-[:TARGETS]->(:Inference)
  WHERE a.criticalQuestion IS NOT NULL
  WITH collect(id(a)) AS attacks, collect(a.criticalQuestion) AS questions
  UNWIND range(0, size(attacks) - 1, $batchSize) AS start
  RETURN 'CHALLENGES' AS part, null AS ids, null AS nodes, attacks[start..start + $batchSize] AS first,
         questions[start..start + $batchSize] AS second, null AS third
  UNION ALL
  MATCH (c:Claim {mapId: mapId})-[r:ANSWERS]->(i:Inference)
  WITH collect(id(c)) AS claims, collect(id(i)) AS inferences, collect(r.question) AS questions
  UNWIND range(0, size(claims) - 1, $batchSize) AS start
  RETURN 'ANSWERS' AS part, null AS ids, null AS nodes, claims[start..start + $batchSize] AS first,
         inferences[start..start + $batchSize] AS second, questions[start..start + $batchSize] AS third
}
RETURN mapId, part, ids, nodes, first, second, third
