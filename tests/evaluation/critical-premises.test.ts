import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';
import { unknownMapId } from '../support/unknown-ids.ts';

const api = useApi();

const criticalQuery = `query($id: ID!) { criticalPremises(conclusionId: $id) { premise { key } conclusionStatus } }`;

async function critical(purpose: string, lines: string[], conclusion: string): Promise<string[]> {
  const map = await buildMap(api, purpose, lines);
  const data = await api.ok(criticalQuery, { id: map.id(conclusion) });
  return data.criticalPremises.map(
    (found: { premise: { key: string }; conclusionStatus: string }) => `${found.premise.key} ${found.conclusionStatus}`,
  );
}

describe('criticalPremises', () => {
  it('finds every linked premise load-bearing', async () => {
    expect(await critical('linked', ['a+b > c'], 'c')).toEqual(['a OUT', 'b OUT']);
  });

  it('finds none where convergent inferences back each other up', async () => {
    expect(await critical('convergent', ['a > c', 'b > c'], 'c')).toEqual([]);
  });

  it('looks down whole chains, past intermediate claims', async () => {
    expect(await critical('chain', ['a+b > m', 'f > m', 'm > c', 'g+h > c', 'x rebuts h'], 'c')).toEqual([]);
    expect(await critical('chain-one-way', ['a+b > m', 'm > c', 'g+h > c', 'x rebuts h'], 'c')).toEqual(['a OUT', 'b OUT']);
  });

  it('reports a conclusion left UNDEC when the only other way is undecided', async () => {
    expect(await critical('to-undec', ['a > c', 'b > c', 'b rebuts b'], 'c')).toEqual(['a UNDEC']);
  });

  it('finds none for a conclusion that is not IN, or is itself basic', async () => {
    expect(await critical('not-in', ['a > c', 'd rebuts c'], 'c')).toEqual([]);
    expect(await critical('basic', ['a > c'], 'a')).toEqual([]);
  });

  it('answers NOT_FOUND naming conclusionId for an unknown claim', async () => {
    expect(await api.fails(criticalQuery, { id: `${unknownMapId()}:c` })).toMatchObject({
      code: 'NOT_FOUND',
      field: 'conclusionId',
    });
  });
});
