import { describe, expect, it } from 'vitest';
import { mapSnapshot, useApi } from '../support/api.ts';
import { textMap } from '../support/fact-check-fixtures.ts';
import { linkSameClaims } from '../support/web-fixtures.ts';
import { claimReviewFixture } from './claim-review-fixtures.ts';

const api = useApi();

const importQuery = `mutation($document: JSON!, $claimId: ID, $maps: [ID!]) {
  importClaimReview(document: $document, claimId: $claimId, maps: $maps) {
    reviews { path claimReviewed rating attachedBy bestMatch { id } matchScore
      factCheck { id rating ratingValue bestRating worstRating ratingText author itemAuthor appearance datePublished url claim { id } } }
    ignored
    threshold
  }
}`;
const factChecksQuery = `query($id: ID!) { claim(id: $id) { factChecks { id rating claimReviewed claim { id } document } } }`;

const importReview = async (document: unknown, args: { claimId?: string; maps?: string[] } = {}) =>
  (await api.ok(importQuery, { document, ...args })).importClaimReview;
const factChecksOf = async (claimId: string) => (await api.ok(factChecksQuery, { id: claimId })).claim.factChecks;

const sanctions = 'Sanctions against Russia have failed to weaken its economy.';

describe('importClaimReview: one ClaimReview object', () => {
  it('attaches it to the claim given, with the rating from the numbers and the original kept', async () => {
    const map = await textMap(api, 'review-single', { a: 'Any wording at all.' });
    const result = await importReview(claimReviewFixture('single'), { claimId: map.id('a') });
    expect(result.ignored).toEqual([]);
    expect(result.reviews).toEqual([
      {
        path: 'document',
        claimReviewed: sanctions,
        rating: 'MOSTLY_FALSE',
        attachedBy: 'GIVEN',
        bestMatch: null,
        matchScore: null,
        factCheck: {
          id: expect.any(String),
          rating: 'MOSTLY_FALSE',
          ratingValue: '2',
          bestRating: '5',
          worstRating: '1',
          ratingText: 'Mostly False',
          author: 'Example Fact Check',
          itemAuthor: 'A. Commentator',
          appearance: ['https://news.example/op-ed', 'https://video.example/clip'],
          datePublished: '2026-03-02',
          url: 'https://factcheck.example/reviews/sanctions-economy',
          claim: { id: map.id('a') },
        },
      },
    ]);
    const [check] = await factChecksOf(map.id('a'));
    expect(check.document).toEqual(claimReviewFixture('single'));
  });

  it('stores the same review imported twice onto the same claim once', async () => {
    const map = await textMap(api, 'review-twice', { a: sanctions });
    await importReview(claimReviewFixture('single'), { claimId: map.id('a') });
    await importReview(claimReviewFixture('single'), { claimId: map.id('a') });
    expect(await factChecksOf(map.id('a'))).toHaveLength(1);
  });

  it('attaches it to the best match above the threshold, and reports the match', async () => {
    const map = await textMap(api, 'review-match', { a: sanctions, b: 'Sanctions work slowly.' });
    const [review] = (await importReview(claimReviewFixture('single'), { maps: [map.mapId] })).reviews;
    expect(review).toMatchObject({ attachedBy: 'MATCHED', bestMatch: { id: map.id('a') }, matchScore: 1 });
    expect(review.factCheck.claim).toEqual({ id: map.id('a') });
  });

  it('attaches nothing when no match reaches the threshold, and says which came nearest', async () => {
    const map = await textMap(api, 'review-nomatch', { a: 'Russia has a large and growing economy.' });
    const result = await importReview(claimReviewFixture('single'), { maps: [map.mapId] });
    expect(result.reviews[0]).toMatchObject({ attachedBy: 'NONE', factCheck: null, bestMatch: { id: map.id('a') } });
    expect(result.reviews[0].matchScore).toBeLessThan(result.threshold);
    expect(await factChecksOf(map.id('a'))).toEqual([]);
  });
});

describe('importClaimReview: an array and a @graph', () => {
  it('reads every ClaimReview of an array, each matched on its own, in one transaction', async () => {
    const map = await textMap(api, 'review-array', { grain: 'Grain exports through the Black Sea have stopped entirely.' });
    const result = await importReview(claimReviewFixture('array'), { maps: [map.mapId] });
    expect(
      result.reviews.map((r: { path: string; rating: string; attachedBy: string }) => [r.path, r.rating, r.attachedBy]),
    ).toEqual([
      ['document[0]', 'UNRATED', 'NONE'],
      ['document[1]', 'FALSE', 'MATCHED'],
    ]);
    expect((await factChecksOf(map.id('grain'))).map((c: { rating: string }) => c.rating)).toEqual(['FALSE']);
  });

  it('reads the ClaimReviews of a @graph and lists the other nodes as ignored', async () => {
    const map = await textMap(api, 'review-graph', { a: 'Troops left.' });
    const result = await importReview(claimReviewFixture('graph'), { claimId: map.id('a') });
    expect(result.ignored).toEqual(['document.@graph[0]', 'document.@graph[2]']);
    expect(result.reviews).toHaveLength(1);
    expect(result.reviews[0]).toMatchObject({
      path: 'document.@graph[1]',
      rating: 'FALSE',
      factCheck: { ratingValue: '1', bestRating: '6', ratingText: 'Four Pinocchios', author: 'Example Fact Check, R. Checker' },
    });
  });
});

describe('importClaimReview: malformed documents', () => {
  const review = { '@type': 'ClaimReview', claimReviewed: 'Anything.', reviewRating: { alternateName: 'False' } };
  it.each([
    ['a node that is not a ClaimReview', { '@type': 'WebPage' }, 'document'],
    ['a @graph without a ClaimReview', { '@graph': [{ '@type': 'WebPage' }] }, 'document'],
    ['a @graph that is not an array', { '@graph': {} }, 'document.@graph'],
    ['a node that is not an object', [review, 'text'], 'document[1]'],
    ['no claimReviewed', { ...review, claimReviewed: undefined }, 'document.claimReviewed'],
    ['an empty claimReviewed', { ...review, claimReviewed: '  ' }, 'document.claimReviewed'],
    ['no reviewRating', { ...review, reviewRating: undefined }, 'document.reviewRating'],
    ['a rating without value or name', { ...review, reviewRating: { bestRating: 5 } }, 'document.reviewRating'],
    ['a ratingValue that is an object', { ...review, reviewRating: { ratingValue: {} } }, 'document.reviewRating.ratingValue'],
    ['an author that is a number', [review, { ...review, author: 3 }], 'document[1].author'],
    ['an appearance that is a number', { ...review, itemReviewed: { appearance: [7] } }, 'document.itemReviewed.appearance[0]'],
  ])('refuses %s: BAD_USER_INPUT naming document at %s, and writes nothing', async (_, document, path) => {
    const map = await textMap(api, 'review-bad', { a: 'Anything.' });
    const before = await mapSnapshot(api.db, map.mapId);
    const result = await api.run(importQuery, { document, claimId: map.id('a') });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document', path });
    expect(result.errors?.[0]?.message).toContain(path);
    expect(await factChecksOf(map.id('a'))).toEqual([]);
    expect(await mapSnapshot(api.db, map.mapId)).toEqual(before);
  });

  it('answers NOT_FOUND for a claimId that names nothing, and writes nothing', async () => {
    const error = await api.fails(importQuery, { document: claimReviewFixture('single'), claimId: 'no-such-map:a' });
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'claimId' });
  });
});

describe('Claim.factChecks: the whole same-claim class', () => {
  it('lists on every claim of the class the checks attached to any of them', async () => {
    const [one, two] = await Promise.all([
      textMap(api, 'class-one', { a: sanctions, b: 'Unrelated.' }),
      textMap(api, 'class-two', { a: 'Sanctions have not hurt the Russian economy.' }),
    ]);
    await linkSameClaims(api, [one.id('a'), two.id('a')]);
    await importReview(claimReviewFixture('single'), { claimId: one.id('a') });
    const seen = await factChecksOf(two.id('a'));
    expect(seen.map((c: { rating: string; claim: { id: string } }) => [c.rating, c.claim.id])).toEqual([
      ['MOSTLY_FALSE', one.id('a')],
    ]);
    expect(await factChecksOf(one.id('b'))).toEqual([]);
  });

  it('reads the checks of a page of claims in one round trip, however many claims', async () => {
    const texts = Object.fromEntries(['a', 'b', 'c', 'd'].map((key) => [key, `Claim ${key} of the page.`]));
    const map = await textMap(api, 'class-page', texts);
    for (const key of ['a', 'b', 'c']) await importReview(claimReviewFixture('single'), { claimId: map.id(key) });
    const page = `query($m: ID!, $n: Int) { claims(filter: { mapId: $m }, first: $n) { nodes { id factChecks { rating } } } }`;
    const one = await api.run(page, { m: map.mapId, n: 1 });
    const four = await api.run(page, { m: map.mapId, n: 4 });
    expect(four.data!.claims.nodes.map((n: { factChecks: unknown[] }) => n.factChecks.length)).toEqual([1, 1, 1, 0]);
    expect(four.roundTrips).toBe(one.roundTrips);
  });
});

describe('importClaimReview: who may run it', () => {
  const editorOf = (mapId: string) => ({ tokenId: 'test-editor', role: 'editor' as const, maps: [mapId] });
  const codeOf = (result: { errors?: { extensions: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions.code;

  it('lets an editor limited to a map attach to its claims, or match within it when it names the map', async () => {
    const map = await textMap(api, 'review-editor', { a: sanctions });
    const document = claimReviewFixture('single');
    expect(codeOf(await api.runAs(editorOf(map.mapId), importQuery, { document, claimId: map.id('a') }))).toBeUndefined();
    expect(codeOf(await api.runAs(editorOf(map.mapId), importQuery, { document, maps: [map.mapId] }))).toBeUndefined();
  });

  it('refuses a map-limited editor that names no map (fail closed) or another map', async () => {
    const [map, other] = await Promise.all([
      textMap(api, 'review-limited', { a: sanctions }),
      textMap(api, 'review-other', { a: sanctions }),
    ]);
    const document = claimReviewFixture('single');
    expect(codeOf(await api.runAs(editorOf(map.mapId), importQuery, { document }))).toBe('FORBIDDEN');
    expect(codeOf(await api.runAs(editorOf(map.mapId), importQuery, { document, maps: [other.mapId] }))).toBe('FORBIDDEN');
    expect(await factChecksOf(other.id('a'))).toEqual([]);
  });
});
