/** An attack as stored; attacker and target are relationships, loaded on demand. */
export interface AttackRecord {
  id: string;
  key: string;
  mapId: string;
  kind: 'REBUT' | 'UNDERCUT';
  /** A named conflict scheme (from AIF); absent on attacks created before schemes were kept. */
  scheme?: string | null;
  /** The critical question this undercut challenges (see src/critical-questions); absent otherwise. */
  criticalQuestion?: string | null;
  /** Optimistic concurrency (docs/live.md); absent only in projections that do not read it. */
  version?: number;
}
