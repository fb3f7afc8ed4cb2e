import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { textMap } from '../support/fact-check-fixtures.ts';
import { linkEntity } from '../support/web-fixtures.ts';

const api = useApi();

const matchQuery = `query($text: String, $claimId: ID, $maps: [ID!], $first: Int) {
  matchClaims(text: $text, claimId: $claimId, maps: $maps, first: $first) {
    claim { id } map { id } score textScore fullTextScore sharedActors
  }
}`;

interface Match {
  claim: { id: string };
  map: { id: string };
  score: number;
  textScore: number;
  fullTextScore: number;
  sharedActors: number;
}

async function matches(args: Record<string, unknown>): Promise<Match[]> {
  return (await api.ok(matchQuery, args)).matchClaims;
}

describe('matchClaims: a text', () => {
  it('ranks first the claim sharing the most words, each with its map and score parts', async () => {
    const map = await textMap(api, 'match-text', {
      close: 'Sanctions against Russia have failed to weaken its economy.',
      far: 'Russia has a large economy.',
      none: 'The weather was fine.',
    });
    const found = await matches({ text: 'Western sanctions against Russia failed to weaken the economy', maps: [map.mapId] });
    expect(found.map((m) => m.claim.id)).toEqual([map.id('close'), map.id('far')]);
    expect(found[0]!.map.id).toBe(map.mapId);
    expect(found[0]!.textScore).toBeGreaterThan(0.6);
    expect(found[0]!.score).toBe(found[0]!.textScore);
    expect(found[0]!.sharedActors).toBe(0);
    expect(found[0]!.fullTextScore).toBeGreaterThan(found[1]!.fullTextScore);
  });

  it('reads the text literally: Lucene syntax finds words, not operators', async () => {
    const map = await textMap(api, 'match-literal', { q: 'Is NATO (really) to blame?' });
    const found = await matches({ text: 'NATO (really) AND blame?', maps: [map.mapId] });
    expect(found.map((m) => m.claim.id)).toEqual([map.id('q')]);
  });

  it('keeps to the maps given, and to `first` candidates', async () => {
    const [one, two] = await Promise.all([
      textMap(api, 'match-maps-1', { a: 'Inflation is rising fast.', b: 'Inflation is rising.' }),
      textMap(api, 'match-maps-2', { a: 'Inflation is rising fast.' }),
    ]);
    expect((await matches({ text: 'inflation rising fast', maps: [two.mapId] })).map((m) => m.claim.id)).toEqual([two.id('a')]);
    expect(await matches({ text: 'inflation rising fast', maps: [one.mapId, two.mapId], first: 2 })).toHaveLength(2);
  });

  it('answers in one round trip', async () => {
    const map = await textMap(api, 'match-trips', { a: 'One round trip.' });
    const result = await api.run(matchQuery, { text: 'round trip', maps: [map.mapId] });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
  });
});

describe('matchClaims: a claim', () => {
  it('never answers the claim itself nor a claim of its map', async () => {
    const [home, away] = await Promise.all([
      textMap(api, 'match-home', { a: 'The gas pipeline was sabotaged.', b: 'The gas pipeline was sabotaged again.' }),
      textMap(api, 'match-away', { a: 'The gas pipeline was sabotaged.' }),
    ]);
    const found = await matches({ claimId: home.id('a'), maps: [home.mapId, away.mapId] });
    expect(found.map((m) => m.claim.id)).toEqual([away.id('a')]);
    expect(found[0]!.textScore).toBe(1);
  });

  it('ranks a candidate with a shared actor (same normalised name) above one without', async () => {
    const [home, away] = await Promise.all([
      textMap(api, 'match-actor-home', { a: 'Troops will withdraw soon.' }, ['putin asserts a'], { putin: 'Vladimir Putin' }),
      textMap(api, 'match-actor-away', { x: 'Troops will withdraw soon.', y: 'Troops will withdraw soon.' }, ['vp asserts y'], {
        vp: 'vladimir  PUTIN',
      }),
    ]);
    const found = await matches({ claimId: home.id('a'), maps: [away.mapId] });
    expect(found.map((m) => [m.claim.id, m.sharedActors, m.score])).toEqual([
      [away.id('y'), 1, 1.1],
      [away.id('x'), 0, 1],
    ]);
  });

  it('counts actors linked to the same entity as shared, whatever their names', async () => {
    const [home, away] = await Promise.all([
      textMap(api, 'match-entity-home', { a: 'Prices will fall.' }, ['pm asserts a'], { pm: 'The Prime Minister' }),
      textMap(api, 'match-entity-away', { a: 'Prices will fall.' }, ['sunak asserts a'], { sunak: 'Rishi Sunak' }),
    ]);
    await linkEntity(api, 'Rishi Sunak', [home.id('pm'), away.id('sunak')]);
    const [found] = await matches({ claimId: home.id('a'), maps: [away.mapId] });
    expect(found!.sharedActors).toBe(1);
  });
});

describe('matchClaims: bad input', () => {
  it.each([
    [{}, 'text'],
    [{ text: 'a', claimId: 'x:y' }, 'text'],
    [{ text: '   ' }, 'text'],
    [{ text: 'a', first: 0 }, 'first'],
    [{ text: 'a', first: 101 }, 'first'],
  ])('%j is BAD_USER_INPUT naming %s', async (args, field) => {
    expect(await api.fails(matchQuery, args)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers NOT_FOUND for a claim id that names nothing', async () => {
    expect(await api.fails(matchQuery, { claimId: 'no-such-map:no-such-claim' })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'claimId',
    });
  });
});
