import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedMaps, readSeedDocument, seedMapIds } from '../../src/maps/seed.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { mapSnapshot, useApi } from '../support/api.ts';

const api = useApi();

interface SeedDocument {
  map: { id: string; source: { text: string } };
  actors: { id: string; name: string; entity?: { id: string; name: string; sameAs?: string[] } }[];
  claims: { id: string; quote?: { text: string; start: number; end: number }; sameAs?: { claimId: string }[] }[];
  inferences: { premises: string[]; conclusion: string }[];
  attacks: unknown[];
}
const reply = readSeedDocument('reply') as unknown as SeedDocument;
const editorial = readSeedDocument('editorial') as unknown as SeedDocument;
const replyText = readFileSync(`${repoRoot}/seed/reply.txt`, 'utf8');

describe('seed map: the reply to the editorial', () => {
  it('holds seed/reply.txt, byte for byte, as its source text', () => {
    expect(reply.map.source.text).toBe(replyText);
  });

  it('says in its first line that it was written for the project', () => {
    expect(replyText.split('\n')[0]).toMatch(/^Written for the argmap project as seed material; not a published text\./);
  });

  it('quotes every claim as an exact span of its text', () => {
    for (const { id, quote } of reply.claims) {
      expect(quote, id).toBeDefined();
      expect(replyText.slice(quote!.start, quote!.end), id).toBe(quote!.text);
    }
  });

  it('links at least two of its claims as the same as claims of the editorial that exist', () => {
    const editorialClaims = new Set(editorial.claims.map((claim) => `editorial:${claim.id}`));
    const links = reply.claims.flatMap((claim) => claim.sameAs ?? []).map((link) => link.claimId);
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const claimId of links) expect(editorialClaims, claimId).toContain(claimId);
  });

  it('rests a claim of its own on a claim it restates from the editorial', () => {
    const restated = new Set(reply.claims.filter((claim) => claim.sameAs?.length).map((claim) => claim.id));
    const resting = reply.inferences.filter((inference) => inference.premises.some((premise) => restated.has(premise)));
    expect(resting.map((inference) => inference.conclusion).filter((conclusion) => !restated.has(conclusion))).not.toEqual([]);
  });

  it('names Putin and Trump as the same Wikidata entities as the editorial does', () => {
    const entityOf = (document: SeedDocument, actorId: string) => document.actors.find((actor) => actor.id === actorId)?.entity;
    for (const [actorId, entityId, iri] of [
      ['putin', 'vladimir-putin', 'http://www.wikidata.org/entity/Q7747'],
      ['trump', 'donald-trump', 'http://www.wikidata.org/entity/Q22686'],
    ]) {
      expect(entityOf(reply, actorId!)).toMatchObject({ id: entityId, sameAs: [iri] });
      expect(entityOf(editorial, actorId!)).toEqual(entityOf(reply, actorId!));
    }
  });
});

describe('seed maps: loading', () => {
  it('loads the editorial first, then the reply', () => {
    expect(seedMapIds).toEqual(['editorial', 'reply']);
  });

  it('has both maps loaded, each with every element of its document', async () => {
    const fields = 'counts { claims inferences attacks actors }';
    const data = await api.ok(`{ editorial: map(id: "editorial") { ${fields} } reply: map(id: "reply") { ${fields} } }`);
    const counts = (document: SeedDocument) => ({
      claims: document.claims.length,
      inferences: document.inferences.length,
      attacks: document.attacks.length,
      actors: document.actors.length,
    });
    expect(data).toEqual({ editorial: { counts: counts(editorial) }, reply: { counts: counts(reply) } });
  });

  it('changes nothing when seeded twice, and warns of nothing', async () => {
    const snapshot = () => Promise.all(seedMapIds.map((mapId) => mapSnapshot(api.db, mapId)));
    await loadSeedMaps(api.db);
    const before = await snapshot();
    const outcomes = await loadSeedMaps(api.db);
    expect(outcomes.map((outcome) => [outcome.map.id, outcome.created, outcome.warnings])).toEqual([
      ['editorial', false, []],
      ['reply', false, []],
    ]);
    expect(await snapshot()).toEqual(before);
  });
});
