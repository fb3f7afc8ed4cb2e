/**
 * A map of claims with chosen texts, made through the API (importMap) as other tests make theirs,
 * for the tests of matching and fact-checks. Entities and same-claim links between such maps:
 * tests/support/web-fixtures.ts.
 */
import { type TestApi, uniqueMapId } from './api.ts';

export interface TextMap {
  mapId: string;
  id: (key: string) => string;
}

/**
 * A map whose claims have the texts given (`{ key: text }`), with `lines` as in map-builder
 * (`a > c`, `ann asserts a`; actors are named by their key, e.g. `putin`, or by `names`).
 */
export async function textMap(
  api: TestApi,
  purpose: string,
  texts: Record<string, string>,
  lines: readonly string[] = [],
  names: Record<string, string> = {},
): Promise<TextMap> {
  const mapId = uniqueMapId(purpose);
  const inferences: { id: string; premises: string[]; conclusion: string }[] = [];
  const actorLinks: { actor: string; claim: string; kind: string }[] = [];
  const actors = new Set<string>();
  for (const line of lines) {
    const [left, verb, right] = line.split(/\s+/) as [string, string, string];
    if (verb === '>')
      inferences.push({ id: `${left.replaceAll('+', '.')}-${right}`, premises: left.split('+'), conclusion: right });
    else if (verb === 'asserts' || verb === 'about') {
      const [actor, claim] = verb === 'asserts' ? [left, right] : [right, left];
      actors.add(actor);
      actorLinks.push({ actor, claim, kind: verb === 'asserts' ? 'ASSERTS' : 'ABOUT' });
    } else throw new Error(`textMap: cannot read "${line}"`);
  }
  await api.ok(`mutation($document: JSONObject!) { importMap(document: $document) { created } }`, {
    document: {
      format: 'argmap/map@1',
      map: { id: mapId, title: `Test map ${mapId}` },
      actors: [...actors].map((id) => ({ id, name: names[id] ?? id, kind: 'PERSON' })),
      claims: Object.entries(texts).map(([id, text]) => ({ id, text })),
      inferences,
      attacks: [],
      actorLinks,
    },
  });
  return { mapId, id: (key) => `${mapId}:${key}` };
}
