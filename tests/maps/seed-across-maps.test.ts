import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';

const api = useApi();

// The seed's question answered across its two maps: the reply links Putin and Trump to the
// editorial's entities and restates its claims as the same claims (seed/reply.argmap.json).
describe('seed maps: a question answered across the editorial and the reply', () => {
  it('links each restated claim of the reply both ways to the claim of the editorial', async () => {
    const data = await api.ok(`{
      reply: claim(id: "reply:trump-furious-with-putin") { sameAs { id map { id } } }
      editorial: claim(id: "editorial:trump-angry-with-putin") { sameAs { id map { id } } }
    }`);
    expect(data.reply.sameAs).toEqual([{ id: 'editorial:trump-angry-with-putin', map: { id: 'editorial' } }]);
    expect(data.editorial.sameAs).toEqual([{ id: 'reply:trump-furious-with-putin', map: { id: 'reply' } }]);
  });

  it('names one entity for Putin in both maps', async () => {
    const data = await api.ok(`{
      editorial: actor(id: "editorial:putin") { entity { id sameAs } }
      reply: actor(id: "reply:putin") { entity { id sameAs } }
    }`);
    const putin = { id: 'vladimir-putin', sameAs: ['http://www.wikidata.org/entity/Q7747'] };
    expect(data).toEqual({ editorial: { entity: putin }, reply: { entity: putin } });
  });

  it('finds a claim of the reply resting on Putin only through the editorial, the hop a step of its own', async () => {
    const data = await api.ok(`{
      dependentClaims(entityId: "vladimir-putin", maps: ["editorial", "reply"], maxDepth: 6, first: 100) {
        pageInfo { hasNextPage }
        edges { node { distance claim { id } chain { steps { kind from { id } to { id } } } } }
      }
    }`);
    expect(data.dependentClaims.pageInfo.hasNextPage).toBe(false);
    type Step = { kind: string; from: { id: string }; to: { id: string } };
    const found = data.dependentClaims.edges
      .map((edge: { node: { claim: { id: string }; chain: { steps: Step[] } } }) => edge.node)
      .find((node: { claim: { id: string } }) => node.claim.id === 'reply:trump-anger-is-good-news');
    // The reply links Putin to none of this claim's support: the way runs through the editorial's
    // weekend air strikes (about Putin), Trump's anger there, and the hop to its restatement.
    expect(found.chain.steps.map((step: Step) => [step.kind, step.from.id, step.to.id])).toEqual([
      ['SUPPORT', 'editorial:weekend-air-strikes-on-civilians', 'editorial:trump-angry-with-putin'],
      ['SAME_CLAIM', 'editorial:trump-angry-with-putin', 'reply:trump-furious-with-putin'],
      ['SUPPORT', 'reply:trump-furious-with-putin', 'reply:trump-anger-is-good-news'],
    ]);
    expect(found.distance).toBe(3);
  });
});
