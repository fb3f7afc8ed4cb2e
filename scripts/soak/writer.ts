/**
 * A writing client: in its own map, creates claims, supports them with inferences and attacks them
 * (rebuttals of claims, undercuts of inferences), each with an explicit key so that the ledger can
 * find it afterwards. It builds only on what was acknowledged, so a refusal caused by an outage
 * never cascades into NOT_FOUND for later writes.
 */
import type { Call } from './client.ts';
import type { Entry } from './ledger.ts';
import { write } from './operations.ts';

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes into `mapId` until `deadline`; appends an Entry per write to `ledger`; `claimIds` gets acknowledged claim ids. */
export async function runWriter(call: Call, mapId: string, deadline: number, ledger: Entry[], claimIds: string[]) {
  // The map first; CONFLICT means an earlier attempt committed although its answer was lost.
  for (;;) {
    const { outcome } = await call('createMap', write.createMap, { input: { id: mapId, title: `Soak ${mapId}` } });
    if (outcome === 'ok' || outcome === 'CONFLICT') break;
    if (Date.now() > deadline) return;
    await pause(200);
  }
  const claims: string[] = [];
  const inferences: string[] = [];
  const supports = new Set<string>();
  let n = 0;
  while (Date.now() < deadline) {
    const dice = Math.random();
    const key = `${n++}`;
    let entry: Omit<Entry, 'startedAt' | 'endedAt' | 'outcome'>;
    let send: () => ReturnType<Call>;
    if (claims.length < 3 || dice < 0.5) {
      entry = { kind: 'claim', mapId, key: `c${key}`, shape: '' };
      send = () =>
        call('createClaim', write.createClaim, { input: { mapId, key: entry.key, text: `Soak claim ${key} of ${mapId}.` } });
    } else if (dice < 0.8) {
      const premise = pick(claims);
      const conclusion = pick(claims.filter((claim) => claim !== premise));
      if (supports.has(`${premise}>${conclusion}`)) continue; // the same step twice is a CONFLICT by design
      supports.add(`${premise}>${conclusion}`);
      entry = { kind: 'inference', mapId, key: `i${key}`, shape: `${premise}>${conclusion}` };
      send = () =>
        call('addInference', write.addInference, {
          input: { key: entry.key, premiseIds: [`${mapId}:${premise}`], conclusionId: `${mapId}:${conclusion}` },
        });
    } else {
      const undercut = inferences.length > 0 && dice < 0.9;
      const attacker = pick(claims);
      const target = undercut ? pick(inferences) : pick(claims.filter((claim) => claim !== attacker));
      const kind = undercut ? 'UNDERCUT' : 'REBUT';
      entry = { kind: 'attack', mapId, key: `a${key}`, shape: `${attacker}>${kind}>${target}` };
      send = () =>
        call('addAttack', write.addAttack, {
          input: { key: entry.key, attackerId: `${mapId}:${attacker}`, targetId: `${mapId}:${target}`, kind },
        });
    }
    const { outcome, startedAt, endedAt } = await send();
    ledger.push({ ...entry, outcome, startedAt, endedAt });
    if (outcome === 'ok') {
      if (entry.kind === 'claim') {
        claims.push(entry.key);
        claimIds.push(`${mapId}:${entry.key}`);
      }
      if (entry.kind === 'inference') inferences.push(entry.key);
    } else {
      await pause(100); // back off while Neo4j is away
    }
  }
}
