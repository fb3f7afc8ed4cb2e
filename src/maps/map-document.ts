/**
 * argmap's own JSON map format (`argmap/map@1`, see docs/map-format.md): its types, and the checks
 * a document must pass before anything is written. The JSON Schema (Ajv, the reference validator)
 * covers shapes; cross-references and quotes, which JSON Schema cannot express, are checked here.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BadUserInputError } from '../shared/errors.ts';
import { checkTextsIn } from '../shared/text-rules.ts';
import { repoRoot } from '../shared/repo-root.ts';
import { checkQuote } from '../shared/claim-rules.ts';
import type { SourceInputFields } from '../graphql/records/map-record.ts';

type ActorKindName = 'PERSON' | 'ORGANISATION' | 'STATE' | 'GROUP';

export interface MapDocument {
  format: 'argmap/map@1';
  map: {
    id: string;
    title: string;
    description?: string | null;
    source?: SourceInputFields | null;
  };
  actors?: {
    id: string;
    name: string;
    kind: ActorKindName;
    aliases?: string[];
    /** The entity the actor is, across maps (src/entities/link-imported-actors.ts). */
    entity?: { id: string; name: string; aliases?: string[]; kind?: ActorKindName; sameAs?: string[] };
  }[];
  claims?: {
    id: string;
    text: string;
    quote?: { text: string; start: number; end: number } | null;
    tags?: string[];
    /** The same claim in other maps, by their claim ids (src/same-claims/document-same-claims.ts). */
    sameAs?: { claimId: string; note?: string | null }[];
  }[];
  inferences?: {
    id: string;
    premises: string[];
    conclusion: string;
    scheme?: string | null;
    warrant?: string | null;
    /** Answers to critical questions of its scheme (see src/critical-questions). */
    answers?: { question: string; claim: string }[];
  }[];
  attacks?: {
    id: string;
    attacker: string;
    kind: 'REBUT' | 'UNDERCUT';
    target: string;
    scheme?: string | null;
    /** The critical question an UNDERCUT of an inference challenges. */
    criticalQuestion?: string | null;
  }[];
  actorLinks?: { actor: string; claim: string; kind: 'ASSERTS' | 'ABOUT' }[];
  /** AIF MA-nodes: claim `from` is rephrased as claim `to`. */
  rephrases?: { id: string; from: string; to: string; scheme?: string | null }[];
  /** AIF PA-nodes: `preferred` over `over`, each a claim, an inference or an attack. */
  preferences?: { id: string; preferred: string; over: string; scheme?: string | null }[];
}

type ElementKind = 'actor' | 'claim' | 'inference' | 'attack' | 'rephrase' | 'preference';

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
  // The GraphQL argument was checked already (guard-arguments.ts); the command line's import and
  // seed come straight here, and must store no control character either.
  checkTextsIn(document, 'document');
  checkReferences(document);
  return document;
}

function checkReferences(doc: MapDocument): void {
  const kinds = new Map<string, ElementKind>();
  const declare = (list: { id: string }[] | undefined, kind: ElementKind) =>
    list?.forEach((element, index) => {
      if (kinds.has(element.id)) throw new BadUserInputError(`document.${kind}s[${index}].id`, `"${element.id}" is used twice`);
      kinds.set(element.id, kind);
    });
  declare(doc.actors, 'actor');
  declare(doc.claims, 'claim');
  declare(doc.inferences, 'inference');
  declare(doc.attacks, 'attack');
  declare(doc.rephrases, 'rephrase');
  declare(doc.preferences, 'preference');
  const expect = (id: string, kind: string, field: string) => {
    if (!kind.split(' or ').includes(kinds.get(id) ?? '')) {
      throw new BadUserInputError(field, `"${id}" is not a ${kind} of this document`);
    }
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
    const answered = new Set<string>();
    inference.answers?.forEach((answer, a) => {
      expect(answer.claim, 'claim', `document.inferences[${i}].answers[${a}].claim`);
      if (answered.has(answer.question))
        throw new BadUserInputError(`document.inferences[${i}].answers[${a}].question`, `"${answer.question}" is answered twice`);
      answered.add(answer.question);
    });
  });
  doc.attacks?.forEach((attack, i) => {
    expect(attack.attacker, 'claim', `document.attacks[${i}].attacker`);
    // An UNDERCUT may target an attack (AIF CA→CA); an attack on itself would be a cycle of one.
    expect(attack.target, attack.kind === 'REBUT' ? 'claim' : 'inference or attack', `document.attacks[${i}].target`);
    if (attack.target === attack.id)
      throw new BadUserInputError(`document.attacks[${i}].target`, 'an attack cannot attack itself');
    if (attack.criticalQuestion != null) expect(attack.target, 'inference', `document.attacks[${i}].criticalQuestion`);
  });
  doc.rephrases?.forEach((rephrase, i) => {
    expect(rephrase.from, 'claim', `document.rephrases[${i}].from`);
    expect(rephrase.to, 'claim', `document.rephrases[${i}].to`);
    if (rephrase.from === rephrase.to) throw new BadUserInputError(`document.rephrases[${i}]`, 'a claim cannot rephrase itself');
  });
  doc.preferences?.forEach((preference, i) => {
    expect(preference.preferred, 'claim or inference or attack', `document.preferences[${i}].preferred`);
    expect(preference.over, 'claim or inference or attack', `document.preferences[${i}].over`);
    if (preference.preferred === preference.over) {
      throw new BadUserInputError(`document.preferences[${i}]`, 'an element cannot be preferred over itself');
    }
  });
  doc.actorLinks?.forEach((link, i) => {
    expect(link.actor, 'actor', `document.actorLinks[${i}].actor`);
    expect(link.claim, 'claim', `document.actorLinks[${i}].claim`);
  });
}
