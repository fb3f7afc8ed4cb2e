// Every element carries its map's id; these make "everything of map X" an index seek, not a scan.
CREATE INDEX claim_map_id IF NOT EXISTS FOR (c:Claim) ON (c.mapId);
CREATE INDEX inference_map_id IF NOT EXISTS FOR (i:Inference) ON (i.mapId);
CREATE INDEX attack_map_id IF NOT EXISTS FOR (a:Attack) ON (a.mapId);
CREATE INDEX actor_map_id IF NOT EXISTS FOR (a:Actor) ON (a.mapId);
