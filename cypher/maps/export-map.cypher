// A whole map as the parts of an `argmap/map@1` document, in one round trip, everything by key
// (the id within the map) and in key order so that exports are stable. $mapId.
// Returns map, source, actors, claims, inferences, attacks, actorLinks, rephrases, preferences
// (no row: no such map).
MATCH (m:Map {id: $mapId})
OPTIONAL MATCH (s:Source {mapId: $mapId})
RETURN
  m {.id, .title, .description} AS map,
  s {.title, .author, .publisher, .date, .url, .text} AS source,
  COLLECT {
    MATCH (a:Actor {mapId: $mapId})
    WITH a ORDER BY a.key
    RETURN a {id: a.key, .name, .kind, .aliases,
              entity: COLLECT { MATCH (a)-[:REFERS_TO]->(e:Entity) RETURN e {.id, .name, .aliases, .kind, .sameAs} }[0]}
  } AS actors,
  COLLECT {
    MATCH (c:Claim {mapId: $mapId})
    WITH c ORDER BY c.key
    RETURN c {id: c.key, .text, .tags, quoteText: c.quoteText, quoteStart: c.quoteStart, quoteEnd: c.quoteEnd}
  } AS claims,
  COLLECT {
    MATCH (i:Inference {mapId: $mapId})-[:CONCLUDES]->(conclusion:Claim)
    WITH i, conclusion ORDER BY i.key
    RETURN i {id: i.key, .scheme, .warrant, conclusion: conclusion.key,
              premises: COLLECT { MATCH (p:Claim)-[:PREMISE_OF]->(i) RETURN p.key ORDER BY p.key },
              answers: COLLECT { MATCH (c:Claim)-[r:ANSWERS]->(i) RETURN {question: r.question, claim: c.key} AS answer
                                 ORDER BY answer.question }}
  } AS inferences,
  COLLECT {
    MATCH (attacker:Claim)-[:ATTACKER_OF]->(a:Attack {mapId: $mapId})-[:TARGETS]->(target)
    WITH a, attacker, target ORDER BY a.key
    RETURN a {id: a.key, attacker: attacker.key, .kind, target: target.key, .scheme, .criticalQuestion}
  } AS attacks,
  COLLECT {
    MATCH (a:Actor {mapId: $mapId})-[:ASSERTS]->(c:Claim)
    RETURN {actor: a.key, claim: c.key, kind: 'ASSERTS'} AS link ORDER BY a.key, c.key
    UNION ALL
    MATCH (c:Claim)-[:ABOUT]->(a:Actor {mapId: $mapId})
    RETURN {actor: a.key, claim: c.key, kind: 'ABOUT'} AS link ORDER BY a.key, c.key
  } AS actorLinks,
  COLLECT {
    MATCH (from:Claim {mapId: $mapId})-[r:REPHRASED_AS]->(to:Claim)
    WITH r, from, to ORDER BY r.key
    RETURN {id: r.key, from: from.key, to: to.key, scheme: r.scheme}
  } AS rephrases,
  COLLECT {
    MATCH (preferred)-[r:PREFERRED_OVER {mapId: $mapId}]->(over)
    WITH r, preferred, over ORDER BY r.key
    RETURN {id: r.key, preferred: preferred.key, over: over.key, scheme: r.scheme}
  } AS preferences
