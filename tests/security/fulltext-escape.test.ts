import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { importSmallMap, type SmallMap } from '../support/fixtures.ts';

const api = useApi();
let small: SmallMap;
beforeAll(async () => {
  small = await importSmallMap(api, 'lucene');
});

/** Every character and word with a meaning in Lucene's classic query syntax. */
const special = ['+', '-', '&&', '||', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];
const operators = ['AND', 'OR', 'NOT', 'TO'];

const claimSearch = `query($filter: ClaimFilter) { claims(filter: $filter, first: 100) { nodes { key text } } }`;
const actorSearch = `query($filter: ActorFilter) { actors(filter: $filter) { name } }`;

describe('full-text search: Lucene syntax in the input is taken literally', () => {
  it.each([...special, ...operators])('searches claims and actors for "alpha %s" without an error', async (token) => {
    const search = `alpha ${token}`;
    const claims = await api.run(claimSearch, { filter: { mapId: small.mapId, search } });
    expect(claims.errors).toBeUndefined();
    const actors = await api.run(actorSearch, { filter: { mapId: small.mapId, search: `Ann ${token}` } });
    expect(actors.errors).toBeUndefined();
  });

  it('accepts all the special characters at once, alone and unbalanced', async () => {
    for (const search of [special.join(''), special.join(' '), '"unclosed', '(((', 'a:b:c', '*', '?', '\\']) {
      const result = await api.run(claimSearch, { filter: { mapId: small.mapId, search } });
      expect(result.errors, search).toBeUndefined();
    }
  });

  it('finds a claim whose text is full of special characters by that text', async () => {
    const text = 'Rates (c+d) rose [sharply] ~ by 5%: "really"? {yes} a/b!';
    const created = await api.ok(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { key } }`, {
      input: { mapId: small.mapId, key: 'odd', text },
    });
    const data = await api.ok(claimSearch, { filter: { mapId: small.mapId, search: text } });
    expect(data.claims.nodes.map((claim: { key: string }) => claim.key)).toContain(created.createClaim.key);
  });
});
