/**
 * The rules of an entity's fields, checked before anything is written, and the stored form they
 * make: ids are lower-case ASCII slugs (never a `:`, so that no entity id looks like a map
 * element's `<mapId>:<key>`), names and aliases 1 to 300 characters, sameAs absolute IRIs.
 */
import type { ActorKind } from '../graphql/resolvers-types.generated.ts';
import { BadUserInputError } from '../shared/errors.ts';
import { normaliseName, normalisedNames } from '../shared/normalise-name.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const maxIdLength = 100;
const maxNameLength = 300;

/** An entity as stored: the fields the API shows, and those the indexes read. */
export interface StoredEntity {
  id: string;
  name: string;
  aliases: string[];
  aliasText: string;
  kind: ActorKind;
  sameAs: string[];
  names: string[];
  namesText: string;
}

export function checkEntityId(id: string, field: string): string {
  if (id.length > maxIdLength || !idPattern.test(id)) {
    throw new BadUserInputError(
      field,
      `"${id}" must be 1-${maxIdLength} lower-case ASCII letters and digits, words joined by single dashes`,
    );
  }
  return id;
}

export function checkName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > maxNameLength)
    throw new BadUserInputError(field, `must be 1 to ${maxNameLength} characters`);
  return trimmed;
}

/** Aliases trimmed, blanks dropped, each checked, duplicates (and the name itself) left out. */
export function checkAliases(aliases: readonly string[], name: string, field: string): string[] {
  const kept = aliases.map((alias) => alias.trim()).filter(Boolean);
  kept.forEach((alias, index) => {
    if (alias.length > maxNameLength)
      throw new BadUserInputError(`${field}[${index}]`, `must be at most ${maxNameLength} characters`);
  });
  return [...new Set(kept)].filter((alias) => alias !== name);
}

/** Each an absolute IRI (a scheme, then no spaces), e.g. `http://www.wikidata.org/entity/Q7747`. */
export function checkSameAs(iris: readonly string[], field: string): string[] {
  iris.forEach((iri, index) => {
    if (!isAbsoluteIri(iri))
      throw new BadUserInputError(
        field,
        `sameAs[${index}] "${iri}" is not an absolute IRI (such as https://www.wikidata.org/wiki/Q7747)`,
      );
  });
  return [...new Set(iris)];
}

function isAbsoluteIri(iri: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(iri) || iri.length > 2000) return false;
  try {
    new URL(iri);
    return true;
  } catch {
    return false;
  }
}

/** `Vladimir Putin` → `vladimir-putin`; `entity` when the name has no ASCII letter or digit. */
export function slugOf(name: string): string {
  const slug = normaliseName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxIdLength - 10)
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

/** The first of `base`, `base-2`, `base-3`, … not among `taken`. */
export function freeId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The stored form of checked fields; names and the joined texts are derived here only. */
export function storedEntity(fields: Pick<StoredEntity, 'id' | 'name' | 'aliases' | 'kind' | 'sameAs'>): StoredEntity {
  const names = normalisedNames(fields.name, fields.aliases);
  return { ...fields, aliasText: fields.aliases.join(' | '), names, namesText: names.join(' | ') };
}
