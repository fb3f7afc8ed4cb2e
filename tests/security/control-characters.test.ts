/**
 * Control characters and unpaired surrogates in any string argument are refused as BAD_USER_INPUT
 * naming the argument's path, and nothing is written (src/shared/text-rules.ts, checked for every
 * root field by src/graphql/guard-arguments.ts). Tab, line feed and carriage return are kept, so a
 * quote of a source text with line breaks still matches it exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importMap } from '../../src/maps/import-map.ts';
import { mapSnapshot, uniqueMapId, useApi } from '../support/api.ts';
import { expectRefused, importSmallMap, smallMapDocument, type SmallMap } from '../support/fixtures.ts';

const api = useApi();
let small: SmallMap;
beforeAll(async () => {
  small = await importSmallMap(api, 'controls');
});

const createClaim = `mutation($input: CreateClaimInput!) { createClaim(input: $input) { id text } }`;
const refused = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff'];

describe('control characters: refused in every string argument', () => {
  it.each(refused.map((character) => [`U+${character.charCodeAt(0).toString(16).padStart(4, '0')}`, character]))(
    'createClaim refuses a text holding %s, naming input.text, and writes nothing',
    async (name, character) => {
      const error = await expectRefused(
        api,
        small.mapId,
        createClaim,
        { input: { mapId: small.mapId, text: `a${character}b` } },
        {
          code: 'BAD_USER_INPUT',
          field: 'input.text',
          mentions: [name.toUpperCase(), 'position 1'],
        },
      );
      expect(error.message).not.toContain(character);
    },
  );

  it('names the path inside a JSON document: importMap document.claims[1].text', async () => {
    const document = smallMapDocument(small.mapId);
    document.claims[1]!.text = 'Gamma\u0000 holds.';
    await expectRefused(
      api,
      small.mapId,
      `mutation($d: JSONObject!) { importMap(document: $d) { created } }`,
      { d: document },
      {
        code: 'BAD_USER_INPUT',
        field: 'document.claims[1].text',
      },
    );
  });

  it("refuses them on the command line's import path too (importMap without GraphQL)", async () => {
    const document = smallMapDocument(small.mapId);
    document.actors[0]!.name = 'Ann\u001b[31m';
    const before = await mapSnapshot(api.db, small.mapId);
    await expect(importMap(api.db, { operationName: 'cli-import' }, document)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'document.actors[0].name' },
    });
    expect(await mapSnapshot(api.db, small.mapId)).toEqual(before);
  });

  it('checks literals in the query document as well as variables', async () => {
    const result = await api.run(`{ claims(filter: { search: "a\\u0000b" }) { nodes { id } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('checks list entries: input.tags[1]', async () => {
    await expectRefused(
      api,
      small.mapId,
      createClaim,
      { input: { mapId: small.mapId, text: 'ok', tags: ['fine', 'bad\u0007'] } },
      {
        code: 'BAD_USER_INPUT',
        field: 'input.tags[1]',
      },
    );
  });
});

describe('control characters: tab, line feed and carriage return are kept', () => {
  it('stores a claim text with tabs and line breaks exactly', async () => {
    const text = 'First line\r\n\tsecond line\nthird';
    const data = await api.ok(createClaim, { input: { mapId: small.mapId, text } });
    expect(data.createClaim.text).toBe(text);
  });

  it('keeps a quote of a source text with line breaks an exact substring', async () => {
    const mapId = uniqueMapId('controls-quote');
    const source = 'Heading\r\n\tIndented claim.\nNext line.';
    await api.ok(`mutation($input: CreateMapInput!) { createMap(input: $input) { id } }`, {
      input: { id: mapId, title: 'Quotes', source: { text: source } },
    });
    const start = source.indexOf('\r\n');
    const quote = { text: source.slice(start, start + 20), start, end: start + 20 };
    const data = await api.ok(`mutation($input: CreateClaimInput!) { createClaim(input: $input) { quote { text start end } } }`, {
      input: { mapId, text: 'Indented claim.', quote },
    });
    expect(data.createClaim.quote).toEqual(quote);
  });

  it('accepts right-to-left marks, joiners and emoji (format characters are not controls)', async () => {
    const text = '\u202bמפה\u202c \u200d🙂 👩‍👩‍👧';
    const data = await api.ok(createClaim, { input: { mapId: small.mapId, text } });
    expect(data.createClaim.text).toBe(text);
  });
});
