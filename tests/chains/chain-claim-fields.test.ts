/**
 * The chain and dependence queries read only the claim properties their selection shows
 * (src/claims/claim-projection.ts); every Claim field selected, by fragment or inline fragment,
 * must still answer exactly as `claim(id)` does. The seed map has quotes and tags to compare.
 */
import { describe, expect, it } from 'vitest';
import { consequences } from '../../src/chains/chain-queries.ts';
import { useApi } from '../support/api.ts';

const api = useApi();

const claimFields = `fragment Fields on Claim { id key text tags quote { text start end } map { id } role }`;

/** Each claim of `claims` against `claim(id)` with the same fragment. */
async function expectAsClaim(claims: { id: string }[]): Promise<void> {
  expect(claims.length).toBeGreaterThan(3);
  for (const claim of claims) {
    const { claim: stored } = await api.ok(`query($id: ID!) { claim(id: $id) { ...Fields } } ${claimFields}`, { id: claim.id });
    expect(claim, claim.id).toEqual(stored);
  }
}

describe('chain and dependence queries: the claim fields selected', () => {
  it('answers every Claim field of a chain, in claims and in steps, as claim(id) does', async () => {
    const data = await api.ok(`{
      reasoningChains(conclusionId: "editorial:only-way-is-mounting-pressure-on-moscow", first: 100) {
        edges { node { claims { ...Fields } steps { from { ...Fields } to { ... on Claim { id key quote { text } } } } } }
      } } ${claimFields}`);
    const nodes = data.reasoningChains.edges.map((edge: { node: unknown }) => edge.node);
    await expectAsClaim(nodes.flatMap((node: { claims: { id: string }[] }) => node.claims).slice(0, 8));
    await expectAsClaim(
      nodes.flatMap((node: { steps: { from: { id: string } }[] }) => node.steps.map((s) => s.from)).slice(0, 8),
    );
    const to = nodes[0].steps[0].to;
    expect(Object.keys(to).sort()).toEqual(['id', 'key', 'quote']);
  });

  it('answers every Claim field of a dependent claim and its chain, on Actor.dependentClaims too', async () => {
    const data = await api.ok(`{ actor(id: "editorial:putin") { dependentClaims(first: 100) {
        edges { node { claim { ...Fields } chain { claims { ...Fields } } } }
      } } } ${claimFields}`);
    const nodes = data.actor.dependentClaims.edges.map((edge: { node: unknown }) => edge.node);
    await expectAsClaim(nodes.map((node: { claim: { id: string } }) => node.claim).slice(0, 8));
    await expectAsClaim(nodes.flatMap((node: { chain: { claims: { id: string }[] } }) => node.chain.claims).slice(-8));
  });

  it('reads no text, key, tags or quote of a chain claim when the selection shows none', async () => {
    const premiseId = 'editorial:weekend-air-strikes-on-civilians';
    const args = { claimId: premiseId, maxDepth: 6, first: 100, withTotal: false };
    const bare = await consequences(api.db, {}, { ...args, claimProperties: [] });
    const full = await consequences(api.db, {}, { ...args, claimProperties: ['key', 'text', 'tags', 'quoteText'] });
    const bareClaims = bare.items.flatMap((chain) => chain.claims);
    expect(bareClaims.length).toBeGreaterThan(3);
    expect(bareClaims.every((claim) => claim.text === null && claim.key === null && claim.tags === null)).toBe(true);
    expect(bareClaims.every((claim) => claim.id && claim.mapId === 'editorial')).toBe(true);
    const fullClaims = full.items.flatMap((chain) => chain.claims);
    expect(fullClaims.map((claim) => claim.id)).toEqual(bareClaims.map((claim) => claim.id));
    expect(fullClaims.every((claim) => claim.text.length > 0 && claim.key.length > 0 && claim.quoteStart === null)).toBe(true);
  });
});
