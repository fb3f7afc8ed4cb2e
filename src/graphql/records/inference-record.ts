/** An inference as stored; its premises and conclusion are relationships, loaded on demand. */
export interface InferenceRecord {
  id: string;
  key: string;
  mapId: string;
  scheme?: string | null;
  warrant?: string | null;
  /** Optimistic concurrency (docs/live.md); absent only in projections that do not read it. */
  version?: number;
}
