/**
 * The classic argumentation frameworks whose grounded labels are known (Dung 1995; Caminada's
 * labellings), each built as a small map and checked label by label, then the same ideas with
 * support: undercuts, linked and convergent premises, and circular support.
 */
import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.ts';
import { buildMap } from '../support/map-builder.ts';
import { labelsOf } from './evaluation-api.ts';

const api = useApi();
const labels = async (purpose: string, lines: string[]) => labelsOf(api, await buildMap(api, purpose, lines));

describe('evaluate: classic frameworks', () => {
  it('labels an unattacked argument IN', async () => {
    expect(await labels('unattacked', ['a'])).toEqual({ a: 'IN' });
  });

  it('reinstates C in the chain A rebuts B rebuts C: A IN, B OUT, C IN', async () => {
    expect(await labels('chain', ['a rebuts b', 'b rebuts c'])).toEqual({ a: 'IN', b: 'OUT', c: 'IN' });
  });

  it('leaves an even cycle UNDEC, and what it attacks', async () => {
    expect(await labels('even', ['a rebuts b', 'b rebuts a', 'b rebuts c'])).toEqual({ a: 'UNDEC', b: 'UNDEC', c: 'UNDEC' });
  });

  it('leaves an odd cycle UNDEC', async () => {
    expect(await labels('odd', ['a rebuts b', 'b rebuts c', 'c rebuts a'])).toEqual({ a: 'UNDEC', b: 'UNDEC', c: 'UNDEC' });
  });

  it('leaves a self-attacker UNDEC, and what it attacks', async () => {
    expect(await labels('self', ['s rebuts s', 's rebuts t'])).toEqual({ s: 'UNDEC', t: 'UNDEC' });
  });

  it('defeats a self-attacker that an IN claim rebuts, and reinstates what it attacked', async () => {
    expect(await labels('self-beaten', ['s rebuts s', 's rebuts t', 'u rebuts s'])).toEqual({ s: 'OUT', t: 'IN', u: 'IN' });
  });

  it('makes an undercut conclusion OUT while its premise stays IN', async () => {
    expect(await labels('undercut', ['a > c', 'u undercuts a-c'])).toEqual({ a: 'IN', c: 'OUT', u: 'IN' });
  });

  it('reinstates an undercut conclusion when the undercutter is rebutted', async () => {
    expect(await labels('undercut-beaten', ['a > c', 'u undercuts a-c', 'v rebuts u'])).toEqual({
      a: 'IN',
      c: 'IN',
      u: 'OUT',
      v: 'IN',
    });
  });

  it('leaves a conclusion UNDEC when its undercutter is UNDEC', async () => {
    expect(await labels('undercut-undec', ['a > c', 'u undercuts a-c', 'u rebuts u'])).toEqual({
      a: 'IN',
      c: 'UNDEC',
      u: 'UNDEC',
    });
  });
});

describe('evaluate: support', () => {
  it('carries IN up a chain of support', async () => {
    expect(await labels('support', ['a > b', 'b > c'])).toEqual({ a: 'IN', b: 'IN', c: 'IN' });
  });

  it('carries OUT up a chain of support when a premise is rebutted', async () => {
    expect(await labels('support-out', ['a > b', 'b > c', 'd rebuts a'])).toEqual({ a: 'OUT', b: 'OUT', c: 'OUT', d: 'IN' });
  });

  it('needs every linked premise IN', async () => {
    expect(await labels('linked', ['a+b > c', 'd rebuts b'])).toEqual({ a: 'IN', b: 'OUT', c: 'OUT', d: 'IN' });
  });

  it('needs only one convergent inference to hold', async () => {
    expect(await labels('convergent', ['a > c', 'b > c', 'd rebuts a'])).toEqual({ a: 'OUT', b: 'IN', c: 'IN', d: 'IN' });
  });

  it('makes a well-supported conclusion OUT when an IN claim rebuts it', async () => {
    expect(await labels('rebutted-conclusion', ['a > c', 'd rebuts c'])).toEqual({ a: 'IN', c: 'OUT', d: 'IN' });
  });

  it('leaves circular support with no basic entry UNDEC', async () => {
    expect(await labels('circle', ['a > b', 'b > c', 'c > a'])).toEqual({ a: 'UNDEC', b: 'UNDEC', c: 'UNDEC' });
  });

  it('labels circular support IN once a basic premise enters it', async () => {
    expect(await labels('circle-entry', ['a > b', 'b > a', 'x > a'])).toEqual({ a: 'IN', b: 'IN', x: 'IN' });
  });

  it('leaves circular support UNDEC when its only entry falls: it props itself up, undecided', async () => {
    expect(await labels('circle-falls', ['a > b', 'b > a', 'x > a', 'y rebuts x'])).toEqual({
      a: 'UNDEC',
      b: 'UNDEC',
      x: 'OUT',
      y: 'IN',
    });
  });
});
