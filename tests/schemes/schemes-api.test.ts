/**
 * The catalogue through GraphQL, against the real Neo4j: `schemes`, `scheme(id)`, and
 * `Inference.scheme` resolving the stored name text (`schemeName`) to a catalogue scheme.
 */
import { describe, expect, it } from 'vitest';
import { schemeCatalogue } from '../../src/schemes/catalogue.ts';
import { useApi } from '../support/api.ts';
import { importSmallMap } from '../support/fixtures.ts';

const api = useApi();

const schemeFields = `id name aliases premises { id name form } conclusion criticalQuestions { id text kind } source`;
const inferenceScheme = `query($id: ID!) { claim(id: $id) { supportedBy { key schemeName scheme { id name } } } }`;
const addInference = `mutation($input: AddInferenceInput!) { addInference(input: $input) { schemeName scheme { id } } }`;

describe('Query.schemes and Query.scheme', () => {
  it('lists every catalogue scheme, ordered by id, as its file states it', async () => {
    const { schemes } = await api.ok(`{ schemes { ${schemeFields} } }`);
    expect(schemes).toEqual(schemeCatalogue().all);
    expect(schemes.length).toBeGreaterThanOrEqual(25);
  });

  it('answers one scheme by id with its critical questions typed assumption or exception', async () => {
    const { scheme } = await api.ok(
      `{ scheme(id: "argument-from-expert-opinion") { name premises { id } criticalQuestions { id kind } } }`,
    );
    expect(scheme.name).toBe('Argument from Expert Opinion');
    expect(scheme.premises.map((premise: { id: string }) => premise.id)).toEqual(['expertise', 'assertion']);
    expect(scheme.criticalQuestions.map((cq: { kind: string }) => cq.kind)).toEqual([
      'ASSUMPTION',
      'ASSUMPTION',
      'ASSUMPTION',
      'EXCEPTION',
      'EXCEPTION',
      'ASSUMPTION',
    ]);
  });

  it('answers null for an id the catalogue does not have, a name included', async () => {
    expect(await api.ok(`{ a: scheme(id: "no-such-scheme") { id } b: scheme(id: "Practical Reasoning") { id } }`)).toEqual({
      a: null,
      b: null,
    });
  });
});

describe('Inference.scheme: the catalogue scheme the stored name names', () => {
  it('resolves a known name and keeps the text as schemeName', async () => {
    const small = await importSmallMap(api, 'scheme-known');
    const { claim } = await api.ok(inferenceScheme, { id: small.ids.beta });
    expect(claim.supportedBy).toEqual([
      { key: 'i1', schemeName: 'Argument from Sign', scheme: { id: 'argument-from-sign', name: 'Argument from Sign' } },
    ]);
  });

  it('answers null with no name, and null beside the kept text for a name the catalogue does not know', async () => {
    const small = await importSmallMap(api, 'scheme-unknown');
    const { claim } = await api.ok(inferenceScheme, { id: small.ids.delta });
    expect(claim.supportedBy).toEqual([{ key: 'i2', schemeName: null, scheme: null }]);
    const input = { premiseIds: [small.ids.gap], conclusionId: small.ids.delta, scheme: 'Argument from Astrology' };
    expect((await api.ok(addInference, { input })).addInference).toEqual({ schemeName: 'Argument from Astrology', scheme: null });
  });

  it('lands an AIFdb or OVA spelling written through addInference on the catalogue scheme', async () => {
    const small = await importSmallMap(api, 'scheme-alias');
    const input = { premiseIds: [small.ids.doubt], conclusionId: small.ids.delta, scheme: 'ExpertOpinion' };
    expect((await api.ok(addInference, { input })).addInference).toEqual({
      schemeName: 'ExpertOpinion',
      scheme: { id: 'argument-from-expert-opinion' },
    });
  });
});
