import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { textMap } from '../support/fact-check-fixtures.ts';
import { linkSameClaims } from '../support/web-fixtures.ts';

const api = useApi();

const review = (alternateName: string) => ({
  '@type': 'ClaimReview',
  claimReviewed: 'Whatever the checker wrote.',
  reviewRating: { alternateName },
});
const attach = (claimId: string, rating: string) =>
  api.ok(`mutation($d: JSON!, $c: ID) { importClaimReview(document: $d, claimId: $c) { threshold } }`, {
    d: review(rating),
    c: claimId,
  });

const evaluateQuery = `query($m: ID!, $r: [FactCheckRating!]) {
  evaluate(mapId: $m, reject: { factCheckedAs: $r }) { labels { claimId status } changed { claimId before after } }
}`;
const explainQuery = `query($c: ID!, $r: [FactCheckRating!]) {
  explainStatus(claimId: $c, reject: { factCheckedAs: $r }) { status steps { claim { id } status reason factChecks { rating ratingText } } }
}`;

/** a > c > e and b > d: `a` is checked FALSE through its class (the check sits on the same claim in another map); `b` is checked MOSTLY_TRUE. */
async function checkedMaps() {
  const map = await textMap(api, 'eval-checked', { a: 'A.', b: 'B.', c: 'C.', d: 'D.', e: 'E.' }, ['a > c', 'c > e', 'b > d']);
  const other = await textMap(api, 'eval-checked-other', { a: 'A, elsewhere.' });
  await linkSameClaims(api, [map.id('a'), other.id('a')]);
  await attach(other.id('a'), 'Pants on Fire');
  await attach(map.id('b'), 'Mostly True');
  return map;
}

describe('evaluate: reject.factCheckedAs', () => {
  it('rejects the claims whose class carries a check so rated, and what rests on them', async () => {
    const map = await checkedMaps();
    const { evaluate } = await api.ok(evaluateQuery, { m: map.mapId, r: ['FALSE', 'MOSTLY_FALSE'] });
    const status = Object.fromEntries(evaluate.labels.map((l: { claimId: string; status: string }) => [l.claimId, l.status]));
    expect(status).toEqual({
      [map.id('a')]: 'OUT',
      [map.id('b')]: 'IN',
      [map.id('c')]: 'OUT',
      [map.id('d')]: 'IN',
      [map.id('e')]: 'OUT',
    });
    expect(evaluate.changed.map((c: { claimId: string }) => c.claimId)).toEqual(['a', 'c', 'e'].map(map.id));
  });

  it('rejects nothing when no check has a rating named', async () => {
    const map = await checkedMaps();
    expect((await api.ok(evaluateQuery, { m: map.mapId, r: ['TRUE', 'MIXED'] })).evaluate.changed).toEqual([]);
  });

  it('explainStatus says a claim fell to a fact-check, and shows it', async () => {
    const map = await checkedMaps();
    const { explainStatus } = await api.ok(explainQuery, { c: map.id('e'), r: ['FALSE'] });
    expect(explainStatus.status).toBe('OUT');
    const steps = explainStatus.steps.map((s: { claim: { id: string }; reason: string; factChecks: unknown[] }) => [
      s.claim.id,
      s.reason,
      s.factChecks,
    ]);
    expect(steps).toEqual([
      [map.id('e'), 'ALL_SUPPORT_FAILED', []],
      [map.id('c'), 'ALL_SUPPORT_FAILED', []],
      [map.id('a'), 'FACT_CHECKED', [{ rating: 'FALSE', ratingText: 'Pants on Fire' }]],
    ]);
  });
});
