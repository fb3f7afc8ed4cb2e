// Rephrases (AIF MA) and preferences (AIF PA) are relationships that are map elements themselves:
// these indexes let counts, exports and a staged import's rename find a map's ones directly
// instead of scanning every relationship of the type.
CREATE INDEX rephrase_map_id IF NOT EXISTS FOR ()-[r:REPHRASED_AS]-() ON (r.mapId);
CREATE INDEX preference_map_id IF NOT EXISTS FOR ()-[r:PREFERRED_OVER]-() ON (r.mapId);
