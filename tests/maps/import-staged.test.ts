import { describe, expect, it } from 'vitest';
import { importMap } from '../../src/maps/import-map.ts';
import { defineQuery } from '../../src/neo4j/query.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { everyKindDocument } from '../support/fixtures.ts';

const api = useApi();
const scope = { operationName: 'test' };
/** Small enough that the tiny test documents take the staged path. */
const staged = { singleTransactionRows: 3 };

const stagedLeftovers = defineQuery<{ prefix: string }, { count: number }>('../tests/support/staged-leftovers');
const createOrphan = defineQuery<{ orphan: string }, never>('../tests/support/create-staged-orphan');
const leftoversOf = async (mapId: string) => {
  const [row] = await api.db.read((tx) => stagedLeftovers.run({ prefix: `${mapId}~staging-` }, tx));
  return row!.count;
};

describe('importMap: staged import of large documents', () => {
  it('writes the same map as a one-transaction import, and a staged re-import changes nothing', async () => {
    const mapId = uniqueMapId('staged');
    await importMap(api.db, scope, everyKindDocument(mapId));
    const inOneTransaction = await mapSnapshot(api.db, mapId);
    const outcome = await importMap(api.db, scope, everyKindDocument(mapId), staged);
    expect(outcome.created).toBe(false);
    expect(outcome.counts).toEqual({ claims: 5, inferences: 1, attacks: 2, actors: 1, rephrases: 1, preferences: 1 });
    expect(await mapSnapshot(api.db, mapId)).toEqual(inOneTransaction);
    expect(await leftoversOf(mapId)).toBe(0);
  });

  it('makes the map equal to an edited document', async () => {
    const mapId = uniqueMapId('staged-edit');
    const edited = everyKindDocument(mapId);
    edited.claims = edited.claims.filter((claim) => claim.id !== 'gap');
    edited.attacks = edited.attacks.filter((attack) => attack.id !== 'a2');
    edited.preferences = [];
    await importMap(api.db, scope, everyKindDocument(mapId), staged);
    await importMap(api.db, scope, edited, staged);
    const expected = uniqueMapId('staged-expected');
    await importMap(api.db, scope, { ...edited, map: { ...edited.map, id: expected } });
    expect(idsOf(await mapSnapshot(api.db, mapId), mapId)).toEqual(idsOf(await mapSnapshot(api.db, expected), expected));
  });

  it('leaves the map as it was, and no staging behind, when the import fails midway', async () => {
    const mapId = uniqueMapId('staged-fail');
    await importMap(api.db, scope, everyKindDocument(mapId));
    const before = await mapSnapshot(api.db, mapId);
    const edited = everyKindDocument(mapId);
    edited.claims[0]!.text = 'Alpha was rewritten.';
    let batches = 0;
    const failing = importMap(api.db, scope, edited, {
      ...staged,
      onProgress: () => {
        if (++batches === 2) throw new Error('the connection dropped');
      },
    });
    await expect(failing).rejects.toThrow('the connection dropped');
    expect(await mapSnapshot(api.db, mapId)).toEqual(before);
    expect(await leftoversOf(mapId)).toBe(0);
  });

  it('shows readers the previous map until the swap', async () => {
    const mapId = uniqueMapId('staged-readers');
    await importMap(api.db, scope, everyKindDocument(mapId));
    const before = await mapSnapshot(api.db, mapId);
    const seenDuringImport: unknown[] = [];
    const edited = everyKindDocument(mapId);
    edited.claims = edited.claims.filter((claim) => claim.id !== 'gap');
    edited.attacks = edited.attacks.filter((attack) => attack.id !== 'a2');
    edited.preferences = [];
    await importMap(api.db, scope, edited, {
      ...staged,
      onProgress: async () => void seenDuringImport.push(await mapSnapshot(api.db, mapId)),
    });
    expect(seenDuringImport.length).toBeGreaterThan(1);
    for (const seen of seenDuringImport) expect(seen).toEqual(before);
    expect(await mapSnapshot(api.db, mapId)).not.toEqual(before);
  });

  it('deletes a staging that an interrupted import left behind', async () => {
    const mapId = uniqueMapId('staged-orphan');
    const orphan = `${mapId}~staging-dead`;
    await api.db.write((tx) => createOrphan.run({ orphan }, tx));
    expect(await leftoversOf(mapId)).toBe(1);
    await importMap(api.db, scope, everyKindDocument(mapId), staged);
    expect(await leftoversOf(mapId)).toBe(0);
  });
});

/** A snapshot without the map's own id and creation time, to compare two maps' contents. */
function idsOf(snapshot: unknown, mapId: string): unknown {
  const text = JSON.stringify(snapshot, (key, value: unknown) => (key === 'createdAt' ? undefined : value));
  return JSON.parse(text.replaceAll(mapId, 'MAP'));
}
