/**
 * The catalogue of argumentation schemes: catalogue/schemes/<id>.json, one file a scheme, read once
 * on first use. The files are validated against catalogue/scheme.schema.json by the tests
 * (tests/schemes/catalogue-files.test.ts), so this loader trusts their shape. It still refuses to
 * load when two schemes claim the same name, since `byName` would then answer by file order: a
 * plain Error, which Apollo masks as INTERNAL_SERVER_ERROR, as a broken deployment should be.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../shared/repo-root.ts';
import { normaliseSchemeName } from './scheme-names.ts';

export type CriticalQuestionKind = 'ASSUMPTION' | 'EXCEPTION';

/** A scheme as its file states it (and as GraphQL's `Scheme` answers it). */
export interface SchemeRecord {
  id: string;
  name: string;
  aliases: string[];
  premises: { id: string; name: string; form: string }[];
  conclusion: string;
  criticalQuestions: { id: string; text: string; kind: CriticalQuestionKind }[];
  source: string;
}

export interface SchemeCatalogue {
  /** Every scheme, ordered by id. */
  all: readonly SchemeRecord[];
  /** The scheme with this id, or undefined. */
  byId(id: string): SchemeRecord | undefined;
  /** The scheme whose id, name or an alias equals `name` after normalisation, or undefined. */
  byName(name: string): SchemeRecord | undefined;
}

export const schemeDirectory = `${repoRoot}/catalogue/schemes`;

let loaded: SchemeCatalogue | undefined;

export function schemeCatalogue(): SchemeCatalogue {
  return (loaded ??= loadCatalogue(schemeDirectory));
}

/** Reads a catalogue directory; exported for the tests, the service uses `schemeCatalogue()`. */
export function loadCatalogue(directory: string): SchemeCatalogue {
  const all = readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(`${directory}/${file}`, 'utf8')) as SchemeRecord);
  const ids = new Map(all.map((scheme) => [scheme.id, scheme]));
  const names = new Map<string, SchemeRecord>();
  for (const scheme of all) {
    for (const name of [scheme.id, scheme.name, ...scheme.aliases]) {
      const key = normaliseSchemeName(name);
      const other = names.get(key);
      if (other && other !== scheme) throw new Error(`scheme catalogue: "${name}" names both ${other.id} and ${scheme.id}`);
      names.set(key, scheme);
    }
  }
  return {
    all,
    byId: (id) => ids.get(id),
    byName: (name) => names.get(normaliseSchemeName(name)),
  };
}
