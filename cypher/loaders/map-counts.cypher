// Sizes of maps, each by a count store/index lookup rather than by collecting nodes.
// $ids: map ids. Returns key, item {claims, inferences, attacks, actors, rephrases, preferences}.
UNWIND $ids AS id
RETURN id AS key, {
  claims: COUNT { (c:Claim) WHERE c.mapId = id },
  inferences: COUNT { (i:Inference) WHERE i.mapId = id },
  attacks: COUNT { (a:Attack) WHERE a.mapId = id },
  actors: COUNT { (a:Actor) WHERE a.mapId = id },
  rephrases: COUNT { ()-[r:REPHRASED_AS]->() WHERE r.mapId = id },
  preferences: COUNT { ()-[r:PREFERRED_OVER]->() WHERE r.mapId = id }
} AS item
