/**
 * What an `argmap/map@1` document holds that Argdown has no syntax for, carried in the Argdown
 * file's front matter under the key `argmap`: the map's description and source, actors and actor
 * links, quote offsets, the ids, schemes and critical questions of attacks (Argdown relations have no
 * names), answers to critical questions, attacks on attacks, rephrases and preferences. Argdown tools ignore the block; argmap reads it back, so a map
 * argmap exported re-imports whole. A file without the block (any hand-written one) simply has none
 * of these.
 */
import type { MapDocument } from '../../maps/map-document.ts';

type Attack = NonNullable<MapDocument['attacks']>[number];

export interface ArgmapFrontMatter {
  format: 'argmap/map@1';
  map: MapDocument['map'];
  actors?: MapDocument['actors'];
  actorLinks?: MapDocument['actorLinks'];
  /** Claim id → `[start, end]` of its quote in `map.source.text`. */
  quotes?: Record<string, [number, number]>;
  /** `attacker KIND target` → the attack's id and scheme, for the attacks the Argdown body draws. */
  attacks?: Record<string, { id: string; scheme?: string | null; criticalQuestion?: string | null }>;
  /** Inference id → its answers to critical questions. */
  answers?: Record<string, { question: string; claim: string }[]>;
  /** Attacks whose target is another attack, which Argdown cannot draw. */
  attacksOnAttacks?: Attack[];
  rephrases?: MapDocument['rephrases'];
  preferences?: MapDocument['preferences'];
}

/** The key an attack drawn in the Argdown body is found by. */
export function attackSignature(attack: Pick<Attack, 'attacker' | 'kind' | 'target'>): string {
  return `${attack.attacker} ${attack.kind} ${attack.target}`;
}

/** The block for a document; `drawn` are the attacks the Argdown body writes as relations. */
export function toArgmapFrontMatter(doc: MapDocument, drawn: Attack[]): ArgmapFrontMatter {
  const drawnIds = new Set(drawn.map((attack) => attack.id));
  const quotes = Object.fromEntries(
    (doc.claims ?? []).flatMap((claim) => (claim.quote ? [[claim.id, [claim.quote.start, claim.quote.end]]] : [])),
  ) as Record<string, [number, number]>;
  const attacksOnAttacks = (doc.attacks ?? []).filter((attack) => !drawnIds.has(attack.id));
  const block: ArgmapFrontMatter = {
    format: 'argmap/map@1',
    map: doc.map,
    actors: doc.actors,
    actorLinks: doc.actorLinks,
    quotes,
    attacks: Object.fromEntries(
      drawn.map((attack) => [
        attackSignature(attack),
        {
          id: attack.id,
          ...(attack.scheme ? { scheme: attack.scheme } : {}),
          ...(attack.criticalQuestion ? { criticalQuestion: attack.criticalQuestion } : {}),
        },
      ]),
    ),
    // Left out when no inference has answers, so a map without them exports as before.
    answers: (doc.inferences ?? []).some((inference) => inference.answers?.length)
      ? Object.fromEntries(
          (doc.inferences ?? []).flatMap((inference) => (inference.answers?.length ? [[inference.id, inference.answers]] : [])),
        )
      : undefined,
    attacksOnAttacks,
    rephrases: doc.rephrases,
    preferences: doc.preferences,
  };
  return Object.fromEntries(
    Object.entries(block).filter(([, value]) => value != null && (!Array.isArray(value) || value.length > 0)),
  ) as unknown as ArgmapFrontMatter;
}

/** The block of a parsed front matter, or null when the file has none argmap wrote. */
export function readArgmapFrontMatter(frontMatter: unknown): ArgmapFrontMatter | null {
  const block = (frontMatter as { argmap?: unknown } | null | undefined)?.argmap;
  if (typeof block !== 'object' || block === null || (block as { format?: unknown }).format !== 'argmap/map@1') return null;
  return block as ArgmapFrontMatter;
}
