import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeedDocument } from '../../src/maps/seed.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { useApi } from '../support/api.ts';

const api = useApi();
const editorial = readFileSync(`${repoRoot}/../shared/seed/editorial.txt`, 'utf8');
const seed = readSeedDocument() as {
  map: { source: { text: string } };
  claims: { id: string; quote?: { text: string; start: number; end: number } }[];
};

describe('seed map: the founding editorial', () => {
  it('keeps the editorial, byte for byte, as its source text', () => {
    expect(seed.map.source.text).toBe(editorial);
  });

  it('quotes every claim it quotes as an exact span of the editorial', () => {
    const quoted = seed.claims.filter((claim) => claim.quote);
    expect(quoted.length).toBeGreaterThan(40);
    for (const { id, quote } of quoted) {
      expect(editorial.slice(quote!.start, quote!.end), id).toBe(quote!.text);
    }
  });

  it('is loaded, with the chain from the weekend air strikes to the main conclusion', async () => {
    const data = await api.ok(`{
      reasoningChains(conclusionId: "editorial:only-way-is-mounting-pressure-on-moscow", maxDepth: 6, limit: 1000) {
        claims { key }
        end
      }
    }`);
    const chains = data.reasoningChains.map((chain: { claims: { key: string }[] }) => chain.claims.map((claim) => claim.key));
    expect(chains).toContainEqual([
      'weekend-air-strikes-on-civilians',
      'putin-no-sign-of-wanting-to-end-war',
      'putin-sees-no-advantage-in-ending-war',
      'only-way-is-mounting-pressure-on-moscow',
    ]);
  });

  it('names Putin in claims that other claims depend on', async () => {
    const data = await api.ok(`{ dependentClaims(actorId: "editorial:putin") { claim { key } distance } }`);
    const distances = data.dependentClaims.map((dependent: { distance: number }) => dependent.distance);
    expect(distances.some((distance: number) => distance >= 2)).toBe(true);
    expect(data.dependentClaims.map((d: { claim: { key: string } }) => d.claim.key)).toContain(
      'only-way-is-mounting-pressure-on-moscow',
    );
  });
});
