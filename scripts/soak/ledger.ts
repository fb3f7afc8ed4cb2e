/**
 * The writers' ledger: every write the soak sent, with what it asked for and how it ended. After
 * the run, `reconcile` compares it with what the database holds. An acknowledged write must be
 * there, exactly as sent; a write that was refused or never answered must not be, unless it was in
 * flight when Neo4j was killed (it may have committed before the answer was lost) or sent while
 * Neo4j was down (the driver may retry it into the restarted server after the service gave up).
 */
import type { Database } from '../../src/neo4j/database.ts';

export type Shape = string; // what the element links, e.g. "c1,c4>c7" for an inference
export interface Entry {
  kind: 'claim' | 'inference' | 'attack';
  mapId: string;
  key: string;
  shape: Shape;
  startedAt: number;
  endedAt: number;
  outcome: string;
}
/** Neo4j killed at `killedAt`, accepting Bolt connections again at `readyAt`. */
export interface Outage {
  killedAt: number;
  readyAt: number;
}

export interface Reconciliation {
  acknowledged: number;
  found: number;
  /** Acknowledged but absent: the failure the soak exists to catch. */
  lost: string[];
  /** Acknowledged and present, but linking something else than was sent. */
  altered: string[];
  /** Not acknowledged, present, and in flight at the moment of a kill. */
  inFlightAtKill: string[];
  /** Not acknowledged, present, sent while Neo4j was down or restarting. */
  duringOutage: string[];
  /** Not acknowledged, present, with no kill to explain it. */
  unexplained: string[];
  /** Present in the soak's maps but never sent. */
  neverSent: string[];
}

// Each element the soak's maps hold, with its links as the writers spell them (see Entry.shape).
const stored = [
  `MATCH (c:Claim) WHERE c.mapId IN $maps RETURN 'claim' AS kind, c.mapId AS mapId, c.key AS key, '' AS shape`,
  `MATCH (i:Inference)-[:CONCLUDES]->(c:Claim) WHERE i.mapId IN $maps
   OPTIONAL MATCH (p:Claim)-[:PREMISE_OF]->(i)
   WITH i, c, p.key AS premise ORDER BY premise
   WITH i, c, collect(premise) AS premises
   RETURN 'inference' AS kind, i.mapId AS mapId, i.key AS key,
          reduce(s = '', k IN premises | s + CASE s WHEN '' THEN '' ELSE ',' END + k) + '>' + c.key AS shape`,
  `MATCH (x:Claim)-[:ATTACKER_OF]->(a:Attack)-[:TARGETS]->(t) WHERE a.mapId IN $maps
   RETURN 'attack' AS kind, a.mapId AS mapId, a.key AS key, x.key + '>' + a.kind + '>' + t.key AS shape`,
];

const id = (e: { kind: string; mapId: string; key: string }) => `${e.kind} ${e.mapId}:${e.key}`;

export async function reconcile(db: Database, maps: string[], entries: Entry[], outages: Outage[]): Promise<Reconciliation> {
  const records = await db.read(async (tx) => {
    const rows = [];
    for (const query of stored) rows.push(...(await tx.run(query, { maps })).records);
    return rows;
  });
  const found = new Map(records.map((r) => [id(r.toObject() as Entry), r.get('shape') as string]));
  const sent = new Set(entries.map(id));
  const r: Reconciliation = {
    acknowledged: 0,
    found: 0,
    lost: [],
    altered: [],
    inFlightAtKill: [],
    duringOutage: [],
    unexplained: [],
    neverSent: [...found.keys()].filter((k) => !sent.has(k)),
  };
  for (const entry of entries) {
    const shape = found.get(id(entry));
    if (entry.outcome === 'ok') {
      r.acknowledged++;
      if (shape === undefined) r.lost.push(id(entry));
      else if (shape !== entry.shape) r.altered.push(`${id(entry)}: sent ${entry.shape}, found ${shape}`);
      else r.found++;
    } else if (shape !== undefined) {
      const overlaps = (from: number, to: number) => entry.startedAt <= to && entry.endedAt >= from;
      const detail = `${id(entry)} (${entry.outcome})`;
      if (outages.some((o) => overlaps(o.killedAt, o.killedAt))) r.inFlightAtKill.push(detail);
      else if (outages.some((o) => overlaps(o.killedAt, o.readyAt))) r.duringOutage.push(detail);
      else r.unexplained.push(detail);
    }
  }
  return r;
}
