/**
 * The web of arguments end to end, on fixtures made only through the API (importMap,
 * createEntity, linkActorToEntity, linkSameClaim, importClaimReview):
 *
 *   map A:  pa ("Putin") asserts a1;  a1 > a2
 *   map B:  b1 > b2;  pb ("Vladimir Putin") asserts b3;  b3 > b4
 *   entity: {pa, pb};  same claim: a1 = b1;  a ClaimReview rating a1's text False, imported with
 *   no claimId, so attached by matching.
 *
 * Every question across maps crosses the a1 = b1 link; once it is unlinked, none does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { type TextMap, textMap } from '../support/fact-check-fixtures.ts';
import { linkEntity, linkSameClaims } from '../support/web-fixtures.ts';

const api = useApi();

const failed = 'Sanctions against Russia have failed to weaken its economy.';
const review = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://factcheck.example/reviews/end-to-end',
  claimReviewed: failed,
  reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
};

const importReview = `mutation($d: JSON!, $maps: [ID!]) {
  importClaimReview(document: $d, maps: $maps) { reviews { rating attachedBy bestMatch { id } factCheck { id } } }
}`;
const resting = `query($maps: [ID!]) {
  claimsRestingOn(factCheckedAs: [FALSE], maps: $maps, first: 100) {
    edges { node { claim { id } ratedClaim { id } distance chain { steps { kind } } } }
  }
}`;
const dependents = `query($e: ID!, $maps: [ID!]) {
  dependentClaims(entityId: $e, maps: $maps, first: 100) { edges { node { claim { id } actor { id } distance chain { steps { kind } } } } }
}`;
const evaluate = `query($m: ID!) {
  evaluate(mapId: $m, reject: { factCheckedAs: [FALSE] }) { labels { claimId status } changed { claimId before after } }
}`;

let a: TextMap;
let b: TextMap;
let entityId: string;
let maps: string[];
const id = (key: string) => (key.replace(/^p/, '').startsWith('a') ? a : b).id(key);

/** Each answer as [claim key, distance, crosses maps?], in the answer's order. */
function answers(edges: { node: { claim: { id: string }; distance: number; chain: { steps: { kind: string }[] } } }[]) {
  return edges.map(({ node }) => [
    node.claim.id.slice(node.claim.id.indexOf(':') + 1),
    node.distance,
    node.chain.steps.some((step) => step.kind === 'SAME_CLAIM'),
  ]);
}

beforeAll(async () => {
  [a, b] = await Promise.all([
    textMap(api, 'web-e2e-a', { a1: failed, a2: 'Europe should lift its sanctions on Russia.' }, ['pa asserts a1', 'a1 > a2'], {
      pa: 'Putin',
    }),
    textMap(
      api,
      'web-e2e-b',
      {
        b1: 'The sanctions did not weaken the Russian economy.',
        b2: 'The sanctions policy needs rethinking.',
        b3: 'Russia wants peace talks.',
        b4: 'Talks should start now.',
      },
      ['b1 > b2', 'pb asserts b3', 'b3 > b4'],
      { pb: 'Vladimir Putin' },
    ),
  ]);
  maps = [a.mapId, b.mapId];
  entityId = await linkEntity(api, 'Vladimir Putin', [id('pa'), id('pb')]);
  await linkSameClaims(api, [id('a1'), id('b1')]);
});

describe('the web of arguments, end to end through the API', () => {
  it('crosses the maps by the same-claim link, and no longer once it is unlinked', async () => {
    const { importClaimReview } = await api.ok(importReview, { d: review, maps });
    expect(importClaimReview.reviews).toMatchObject([{ rating: 'FALSE', attachedBy: 'MATCHED', bestMatch: { id: id('a1') } }]);

    // claimsRestingOn: b1 and b2 rest on the checked a1 across the hop.
    const before = await api.ok(resting, { maps });
    expect(answers(before.claimsRestingOn.edges)).toEqual([
      ['a1', 0, false],
      ['a2', 1, false],
      ['b1', 1, true],
      ['b2', 2, true],
    ]);
    expect(
      before.claimsRestingOn.edges.every((e: { node: { ratedClaim: { id: string } } }) => e.node.ratedClaim.id === id('a1')),
    ).toBe(true);

    // dependentClaims(entityId): map A's Putin reaches b1, b2 in map B; map B's Putin his own.
    const entityBefore = await api.ok(dependents, { e: entityId, maps });
    expect(answers(entityBefore.dependentClaims.edges)).toEqual([
      ['a1', 0, false],
      ['b3', 0, false],
      ['a2', 1, false],
      ['b1', 1, true],
      ['b4', 1, false],
      ['b2', 2, true],
    ]);
    const actorOf = (edges: { node: { claim: { id: string }; actor: { id: string } } }[], key: string) =>
      edges.find((e) => e.node.claim.id === id(key))!.node.actor.id;
    expect(actorOf(entityBefore.dependentClaims.edges, 'b2')).toBe(id('pa'));

    // evaluate: the check on a1 applies to its class, so map B's b1 and what rests on it fall.
    const evaluatedB = (await api.ok(evaluate, { m: b.mapId })).evaluate;
    expect(evaluatedB.changed).toEqual([
      { claimId: id('b1'), before: 'IN', after: 'OUT' },
      { claimId: id('b2'), before: 'IN', after: 'OUT' },
    ]);
    const evaluatedA = (await api.ok(evaluate, { m: a.mapId })).evaluate;
    expect(evaluatedA.changed.map((c: { claimId: string }) => c.claimId)).toEqual([id('a1'), id('a2')]);

    await api.ok(`mutation($c: ID!, $o: ID!) { unlinkSameClaim(claimId: $c, otherClaimId: $o) { id sameAs { id } } }`, {
      c: id('b1'),
      o: id('a1'),
    });

    const after = await api.ok(resting, { maps });
    expect(answers(after.claimsRestingOn.edges)).toEqual([
      ['a1', 0, false],
      ['a2', 1, false],
    ]);
    const entityAfter = await api.ok(dependents, { e: entityId, maps });
    expect(answers(entityAfter.dependentClaims.edges)).toEqual([
      ['a1', 0, false],
      ['b3', 0, false],
      ['a2', 1, false],
      ['b4', 1, false],
    ]);
    expect((await api.ok(evaluate, { m: b.mapId })).evaluate.changed).toEqual([]);
    expect((await api.ok(evaluate, { m: a.mapId })).evaluate.changed.map((c: { claimId: string }) => c.claimId)).toEqual([
      id('a1'),
      id('a2'),
    ]);
  });
});
