// The swap of a staged import (src/maps/import-map.ts), before the map's old claims are deleted:
// each staged claim takes over the same-claim class and links of the old claim with its key, so
// that a staged re-import keeps them as a single-transaction one does. $mapId, $stagingId.
MATCH (old:Claim {mapId: $mapId})-[:STATES]->(p:Proposition)
MATCH (staged:Claim {id: $stagingId + substring(old.id, size($mapId))})
CREATE (staged)-[:STATES]->(p)
WITH old, staged
CALL (old, staged) {
  MATCH (old)-[r:SAME_AS]->(other:Claim)
  CREATE (staged)-[:SAME_AS {note: r.note, at: r.at}]->(other)
}
CALL (old, staged) {
  MATCH (old)<-[r:SAME_AS]-(other:Claim)
  CREATE (staged)<-[:SAME_AS {note: r.note, at: r.at}]-(other)
}
