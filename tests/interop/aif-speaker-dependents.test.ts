/**
 * The corpus check's reference (aif-speaker-dependents.ts) on two small AIF files written for these
 * tests (fixtures/speaker-web/, two debate excerpts sharing the speakers Trump and Clinton): who
 * asserts what, what rests on it through RA support, at what distance, and which speakers are one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileDependents, normaliseSpeaker, speakerDependents, speakerOf } from './aif-speaker-dependents.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/speaker-web/${name}.json`, import.meta.url), 'utf8');
const entries = (map: Map<string, number> | undefined) => Object.fromEntries(map ?? []);

describe('speaker names', () => {
  it('reads the name before the first colon, normalised', () => {
    expect(speakerOf('TRUMP : We will build a wall')).toBe('trump');
    expect(speakerOf('Trump: is it expensive?')).toBe('trump');
    expect(speakerOf('  Hillary  Clinton :text')).toBe('hillary clinton');
  });

  it('finds no name in a text without one before a colon', () => {
    expect(speakerOf('a locution that names no speaker')).toBeNull();
    expect(speakerOf('Nobody :   ')).toBeNull();
  });

  it('drops diacritics and punctuation, as entity names are compared', () =>
    expect(normaliseSpeaker('José  O’Neill-Smith.')).toBe('jose o neill smith'));
});

describe('the dependents of a speaker in one file', () => {
  const debate = fixture('debate-1');

  it('follows support from what the speaker asserts, each claim at its least distance, cycles once', () =>
    expect(entries(fileDependents(debate, 6, 'asserting').speakers.get('trump'))).toEqual({ 1: 0, 3: 1, 4: 2, 5: 3 }));

  it('counts every illocution with any, so a question the speaker asks brings its support nearer', () =>
    expect(entries(fileDependents(debate, 6, 'any').speakers.get('trump'))).toEqual({ 1: 0, 6: 0, 3: 1, 5: 1, 4: 2 }));

  it('stops at maxDepth', () =>
    expect(entries(fileDependents(debate, 1, 'asserting').speakers.get('trump'))).toEqual({ 1: 0, 3: 1 }));

  it('reads an RA premise at an L-node as the one proposition it anchors; an attack is no support', () =>
    expect(entries(fileDependents(debate, 6).speakers.get('clinton'))).toEqual({ 2: 0, 8: 1 }));

  it('makes no speaker of an isolated analyst copy and leaves an unnamed locution unattributed', () => {
    const { speakers, unattributed } = fileDependents(debate, 6);
    expect([...speakers.keys()].sort()).toEqual(['clinton', 'trump']);
    expect(unattributed).toEqual(['7']);
  });
});

describe('the dependents of a speaker across files', () => {
  it('joins the files by speaker, each claim named by its map, nothing crossing between maps', () => {
    const all = speakerDependents(
      [
        { mapId: 'debate-1', json: fixture('debate-1') },
        { mapId: 'debate-2', json: fixture('debate-2') },
      ],
      6,
      'asserting',
    );
    expect(entries(all.get('clinton'))).toEqual({ 'debate-1:2': 0, 'debate-1:8': 1, 'debate-2:1': 0, 'debate-2:2': 1 });
    expect(entries(all.get('trump'))).toEqual({
      'debate-1:1': 0,
      'debate-1:3': 1,
      'debate-1:4': 2,
      'debate-1:5': 3,
      'debate-2:3': 0,
    });
  });

  it('reads the xAIF wrapper like the plain shape', () => {
    const wrapped = JSON.stringify({ AIF: JSON.parse(fixture('debate-2')), text: '' });
    expect(entries(fileDependents(wrapped, 6).speakers.get('clinton'))).toEqual({ 1: 0, 2: 1 });
  });
});
