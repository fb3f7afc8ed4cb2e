/** One change of a map: its audit entry with the map's change number (see src/live). */
export interface MapChangeRecord {
  cursor: string;
  sequence: number;
  mapId: string;
  entryId: string;
  at: string;
  operation: string;
  actor: string;
  elementIds: string[];
}

/**
 * The service's one follower of the audit trail, as resolvers see it: `listen` calls `onChange`
 * with each change of the map that the follower reads after the call (after change number
 * `after` when it starts following the map), in order, until the
 * returned function is called. A listener may see a gap (a change committed while the follower was
 * starting on the map) and then reads the trail itself (src/live/map-change-stream.ts).
 */
export interface ChangeFollower {
  listen(mapId: string, onChange: (change: MapChangeRecord) => void, after?: number): () => void;
}
