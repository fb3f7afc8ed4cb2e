import { describe, expect, it } from 'vitest';
import { uniqueMapId, useApi } from '../support/api.ts';
import { expectRefused } from '../support/fixtures.ts';
import { mapDocument } from '../support/map-builder.ts';

const api = useApi();

const importMap = `mutation($document: JSONObject!) { importMap(document: $document) { created } }`;
const exportMap = `query($mapId: ID!) { exportMap(mapId: $mapId, format: ARGMAP_JSON) }`;

/** `p > c` as an Argument from Sign, cq2 challenged by x and cq1 answered by y, as a document states them. */
function documentWithQuestions(mapId: string) {
  const document = mapDocument(mapId, ['p > c', 'x undercuts p-c', 'y']);
  return {
    ...document,
    inferences: [{ ...document.inferences[0]!, scheme: 'Argument from Sign', answers: [{ question: 'cq1', claim: 'y' }] }],
    attacks: [{ ...document.attacks[0]!, criticalQuestion: 'cq2' }],
  };
}

describe('argmap/map@1: critical question states', () => {
  it('imports challenges and answers, and exports them as they were written', async () => {
    const mapId = uniqueMapId('cq-format');
    const document = documentWithQuestions(mapId);
    await api.ok(importMap, { document });
    const states = await api.ok(
      `query($id: ID!) { claim(id: $id) { supportedBy { criticalQuestions { question { id } status claim { key } } } } }`,
      { id: `${mapId}:c` },
    );
    expect(states.claim.supportedBy[0].criticalQuestions).toEqual([
      { question: { id: 'cq1' }, status: 'ANSWERED', claim: { key: 'y' } },
      { question: { id: 'cq2' }, status: 'CHALLENGED', claim: { key: 'x' } },
    ]);
    const exported = await api.ok(exportMap, { mapId });
    const text = exported.exportMap as string;
    const parsed = JSON.parse(text);
    expect(parsed.inferences[0].answers).toEqual([{ question: 'cq1', claim: 'y' }]);
    expect(parsed.attacks[0].criticalQuestion).toBe('cq2');
  });

  it('drops an answer on re-import when the document no longer holds it', async () => {
    const mapId = uniqueMapId('cq-format-prune');
    const document = documentWithQuestions(mapId);
    await api.ok(importMap, { document });
    await api.ok(importMap, { document: { ...document, inferences: [{ ...document.inferences[0]!, answers: [] }] } });
    const parsed = JSON.parse((await api.ok(exportMap, { mapId })).exportMap);
    expect(parsed.inferences[0].answers).toBeUndefined();
  });

  it('exports to AIF with the scheme named as AIFdb does, and reads the states back from AIF', async () => {
    const mapId = uniqueMapId('cq-format-aif');
    await api.ok(importMap, { document: documentWithQuestions(mapId) });
    const aif = JSON.parse(
      (await api.ok(`query($mapId: ID!) { exportMap(mapId: $mapId, format: AIF_JSON) }`, { mapId })).exportMap,
    );
    expect(aif.nodes.find((node: { nodeID: string }) => node.nodeID === 'p-c')).toMatchObject({
      type: 'RA',
      text: 'Argument from Sign',
      scheme: 'Sign',
    });
    const back = uniqueMapId('cq-format-aif-back');
    await api.ok(`mutation($document: JSONObject!, $mapId: ID) { importAif(document: $document, mapId: $mapId) { created } }`, {
      document: aif,
      mapId: back,
    });
    const parsed = JSON.parse((await api.ok(exportMap, { mapId: back })).exportMap);
    expect(parsed.inferences[0].answers).toEqual([{ question: 'cq1', claim: 'y' }]);
    expect(parsed.attacks[0].criticalQuestion).toBe('cq2');
  });

  it('refuses an answer by a claim the document does not have with BAD_USER_INPUT, writing nothing', async () => {
    const mapId = uniqueMapId('cq-format-bad');
    await api.ok(importMap, { document: mapDocument(mapId, ['p > c']) });
    const document = documentWithQuestions(mapId);
    document.inferences[0]!.answers = [{ question: 'cq1', claim: 'nobody' }];
    await expectRefused(
      api,
      mapId,
      importMap,
      { document },
      {
        code: 'BAD_USER_INPUT',
        field: 'document.inferences[0].answers[0].claim',
        mentions: ['nobody'],
      },
    );
  });
});
