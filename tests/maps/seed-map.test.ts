import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { useApi } from '../support/api.ts';

const api = useApi();
/**
 * The editorial as published (3,940 bytes of UTF-8), by its SHA-256: the text itself lives only in
 * the seed map, so a fingerprint is how a clone with nothing beside it checks the map still holds
 * that text unchanged. Taken from the editorial file the map was drawn from (sha256sum).
 */
const editorialSha256 = 'cdb7c9e58327cfe7b09735e67a3ba7b55d5a2f515f4afbc5e7069b189e765a71';
const seed = readSeedDocument() as {
  map: { source: { text: string } };
  claims: { id: string; quote?: { text: string; start: number; end: number } }[];
};

describe('seed map: the founding editorial', () => {
  it('keeps the editorial, byte for byte, as its source text', () => {
    const text = seed.map.source.text;
    expect(Buffer.byteLength(text, 'utf8')).toBe(3940);
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(editorialSha256);
  });

  it('quotes every claim it quotes as an exact span of the editorial', () => {
    const editorial = seed.map.source.text;
    const quoted = seed.claims.filter((claim) => claim.quote);
    expect(quoted.length).toBeGreaterThan(40);
    for (const { id, quote } of quoted) {
      expect(editorial.slice(quote!.start, quote!.end), id).toBe(quote!.text);
    }
  });

  it('is loaded, with the chain from the weekend air strikes to the main conclusion', async () => {
    const data = await api.ok(`{
      reasoningChains(conclusionId: "editorial:only-way-is-mounting-pressure-on-moscow", maxDepth: 6, first: 100) {
        edges { node { claims { key } end } }
        pageInfo { hasNextPage }
      }
    }`);
    expect(data.reasoningChains.pageInfo.hasNextPage).toBe(false);
    const chains = data.reasoningChains.edges.map((edge: { node: { claims: { key: string }[] } }) =>
      edge.node.claims.map((claim) => claim.key),
    );
    expect(chains).toContainEqual([
      'weekend-air-strikes-on-civilians',
      'putin-no-sign-of-wanting-to-end-war',
      'putin-sees-no-advantage-in-ending-war',
      'only-way-is-mounting-pressure-on-moscow',
    ]);
  });

  it('names Putin in claims that other claims depend on', async () => {
    const data = await api.ok(`{ dependentClaims(actorId: "editorial:putin", first: 100) {
      edges { node { claim { key } distance } } pageInfo { hasNextPage }
    } }`);
    expect(data.dependentClaims.pageInfo.hasNextPage).toBe(false);
    const dependents = data.dependentClaims.edges.map((edge: { node: unknown }) => edge.node);
    const distances = dependents.map((dependent: { distance: number }) => dependent.distance);
    expect(distances.some((distance: number) => distance >= 2)).toBe(true);
    expect(dependents.map((d: { claim: { key: string } }) => d.claim.key)).toContain('only-way-is-mounting-pressure-on-moscow');
  });
});
