import { describe, expect, it } from 'vitest';
import { loadSeedFactChecks, readSeedFactChecks } from '../../src/fact-checks/seed-fact-checks.ts';
import { uniqueMapId, useApi } from '../support/api.ts';

const api = useApi();
const factChecksOf = `{
  editorial: claim(id: "editorial:trump-eager-to-reset-with-moscow") { factChecks { id rating ratingText author } }
  reply: claim(id: "reply:trump-was-eager-to-reset-with-moscow") { factChecks { id rating } }
}`;

// seed/fact-checks.json: one ClaimReview written for the project, its rating invented.
describe('seed fact-checks', () => {
  it('says in the file and in each review that it is not a real fact-check', () => {
    const file = readSeedFactChecks() as unknown as { note: string; reviews: { document: { author: { name: string } } }[] };
    expect(file.note).toContain('NOT A REAL FACT-CHECK');
    for (const review of file.reviews) expect(review.document.author.name).toContain('not a real review');
  });

  it('rates a claim of the editorial MOSTLY_FALSE, which its restatement in the reply shares', async () => {
    const data = await api.ok(factChecksOf);
    expect(data.editorial.factChecks).toHaveLength(1);
    expect(data.editorial.factChecks[0]).toMatchObject({ rating: 'MOSTLY_FALSE', ratingText: 'Misleading' });
    expect(data.reply.factChecks.map((check: { id: string }) => check.id)).toEqual([data.editorial.factChecks[0].id]);
  });

  it('changes nothing when loaded again', async () => {
    const before = await api.ok(factChecksOf);
    expect(await loadSeedFactChecks(api.db)).toBe(1);
    expect(await api.ok(factChecksOf)).toEqual(before);
  });

  it('skips a review whose claim is gone, attaching the others', async () => {
    const [review] = readSeedFactChecks().reviews;
    const gone = { ...review!, claimId: `${uniqueMapId('gone')}:nothing` };
    expect(await loadSeedFactChecks(api.db, [gone, review!])).toBe(1);
  });
});
