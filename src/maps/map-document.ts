/**
 * argmap's own JSON map format (`argmap/map@1`, see docs/map-format.md): its types, and the checks
 * a document must pass before anything is written. The JSON Schema (Ajv, the reference validator)
 * covers shapes; cross-references and quotes, which JSON Schema cannot express, are checked here.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BadUserInputError } from '../server/errors.ts';
import { repoRoot } from '../server/repo-root.ts';
import { checkQuote } from '../claims/claim-rules.ts';

export interface MapDocument {
  format: 'argmap/map@1';
  map: {
    id: string;
    title: string;
    description?: string | null;
    source?: {
      title?: string | null;
      author?: string | null;
      publisher?: string | null;
      date?: string | null;
      url?: string | null;
      text?: string | null;
    } | null;
  };
  actors?: { id: string; name: string; kind: 'PERSON' | 'ORGANISATION' | 'STATE' | 'GROUP'; aliases?: string[] }[];
  claims?: { id: string; text: string; quote?: { text: string; start: number; end: number } | null; tags?: string[] }[];
  inferences?: { id: string; premises: string[]; conclusion: string; scheme?: string | null; warrant?: string | null }[];
  attacks?: { id: string; attacker: string; kind: 'REBUT' | 'UNDERCUT'; target: string }[];
  actorLinks?: { actor: string; claim: string; kind: 'ASSERTS' | 'ABOUT' }[];
}

const schema = JSON.parse(readFileSync(`${repoRoot}/schema/argmap-map.schema.json`, 'utf8')) as object;
const validateShape = new Ajv2020({ allErrors: false, strict: false }).compile<MapDocument>(schema);

/** Returns the document typed, or throws BAD_USER_INPUT naming the first offending path. */
export function parseMapDocument(document: unknown): MapDocument {
  if (!validateShape(document)) {
    const [error] = validateShape.errors ?? [];
    // A missing property is named as the field itself, e.g. `document.claims[0].text: is required`.
    const missing = error?.keyword === 'required' ? `/${(error.params as { missingProperty: string }).missingProperty}` : '';
    const pointer = `${error?.instancePath ?? ''}${missing}`;
    const field = `document${pointer.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}`;
    const message = missing ? 'is required' : (error?.message ?? 'is not an argmap/map@1 document');
    throw new BadUserInputError(field, message, { params: error?.params });
  }
  checkReferences(document);
  return document;
}

function checkReferences(doc: MapDocument): void {
  const kinds = new Map<string, 'actor' | 'claim' | 'inference' | 'attack'>();
  const declare = (list: { id: string }[] | undefined, kind: 'actor' | 'claim' | 'inference' | 'attack') =>
    list?.forEach((element, index) => {
      if (kinds.has(element.id)) throw new BadUserInputError(`document.${kind}s[${index}].id`, `"${element.id}" is used twice`);
      kinds.set(element.id, kind);
    });
  declare(doc.actors, 'actor');
  declare(doc.claims, 'claim');
  declare(doc.inferences, 'inference');
  declare(doc.attacks, 'attack');
  const expect = (id: string, kind: string, field: string) => {
    if (kinds.get(id) !== kind) throw new BadUserInputError(field, `"${id}" is not a ${kind} of this document`);
  };

  const sourceText = doc.map.source?.text ?? null;
  doc.claims?.forEach((claim, i) => {
    if (claim.quote) checkQuote(claim.quote, sourceText, `document.claims[${i}].quote`);
  });
  const seenInferences = new Set<string>();
  doc.inferences?.forEach((inference, i) => {
    inference.premises.forEach((premise, p) => expect(premise, 'claim', `document.inferences[${i}].premises[${p}]`));
    expect(inference.conclusion, 'claim', `document.inferences[${i}].conclusion`);
    if (inference.premises.includes(inference.conclusion)) {
      throw new BadUserInputError(`document.inferences[${i}]`, `claim "${inference.conclusion}" cannot support itself`);
    }
    const signature = `${[...new Set(inference.premises)].sort().join('+')}>${inference.conclusion}`;
    if (seenInferences.has(signature)) {
      throw new BadUserInputError(`document.inferences[${i}]`, 'the same premises already support the same conclusion');
    }
    seenInferences.add(signature);
  });
  doc.attacks?.forEach((attack, i) => {
    expect(attack.attacker, 'claim', `document.attacks[${i}].attacker`);
    expect(attack.target, attack.kind === 'REBUT' ? 'claim' : 'inference', `document.attacks[${i}].target`);
  });
  doc.actorLinks?.forEach((link, i) => {
    expect(link.actor, 'actor', `document.actorLinks[${i}].actor`);
    expect(link.claim, 'claim', `document.actorLinks[${i}].claim`);
  });
}
