/**
 * A map's whole argument structure, read in one round trip (cypher/evaluation/map-structure.cypher);
 * everything in evaluation works on it in memory. Elements refer to each other by node numbers,
 * which mean something only within one structure.
 */
import type { Database, QueryScope } from '../neo4j/database.ts';
import { defineQuery } from '../neo4j/query.ts';

/** The kinds of element an attack can target, as the structure query numbers them. */
export const TargetKind = { CLAIM: 0, INFERENCE: 1, ATTACK: 2 } as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];

/** Parallel lists: inference i (node inferenceNodes[i]) concludes claim node conclusions[i], and so on. */
export interface MapStructure {
  mapId: string;
  claims: string[];
  claimNodes: number[];
  inferences: string[];
  inferenceNodes: number[];
  conclusions: number[];
  premises: number[][];
  attacks: string[];
  attackNodes: number[];
  attackers: number[];
  /** What each attack targets: a claim (a rebuttal), an inference or another attack (undercuts). */
  targetKinds: TargetKind[];
  targets: number[];
  actors: string[];
  actorNodes: number[];
  asserters: number[];
  asserted: number[];
  /** Per inference: its scheme's name as stored, or null or '' (critical questions come from the catalogue scheme). */
  schemes: (string | null)[];
  /** Challenges: attack node challengeAttacks[k] challenges question challengeQuestions[k] of the inference it undercuts. */
  challengeAttacks: number[];
  challengeQuestions: string[];
  /** Answers: claim node answerClaims[k] answers question answerQuestions[k] of inference node answerInferences[k]. */
  answerClaims: number[];
  answerInferences: number[];
  answerQuestions: string[];
}

type Part = 'CLAIMS' | 'INFERENCES' | 'ATTACKS' | 'ACTORS' | 'ASSERTS' | 'CHALLENGES' | 'ANSWERS';
interface Row {
  mapId: string;
  part: Part | null;
  ids: string[] | null;
  nodes: number[] | null;
  first: number[] | null;
  second: unknown[] | null;
  third: unknown[] | null;
}

const mapStructureQuery = defineQuery<{ mapIds: string[]; batchSize: number }, Row>('evaluation/map-structure');

/** Rows of this many elements keep each Bolt message within a few chunks (see the query). */
const batchSize = 2000;

/** The structure of each map that exists, keyed by map id. */
export async function readMapStructures(
  db: Database,
  scope: QueryScope,
  mapIds: readonly string[],
): Promise<Map<string, MapStructure>> {
  const rows = await db.read((tx) => mapStructureQuery.run({ mapIds: [...mapIds], batchSize }, tx), scope);
  const structures = new Map<string, MapStructure>();
  for (const row of rows) {
    let structure = structures.get(row.mapId);
    if (!structure) structures.set(row.mapId, (structure = emptyStructure(row.mapId)));
    addPart(structure, row);
  }
  return structures;
}

function addPart(structure: MapStructure, { part, ids, nodes, first, second, third }: Row): void {
  const append = <T>(into: T[], from: unknown[] | null) => {
    for (const item of from ?? []) into.push(item as T);
  };
  const lists: Record<Part, [unknown[], unknown[] | null][]> = {
    CLAIMS: [
      [structure.claims, ids],
      [structure.claimNodes, nodes],
    ],
    INFERENCES: [
      [structure.inferences, ids],
      [structure.inferenceNodes, nodes],
      [structure.conclusions, first],
      [structure.premises, second],
      [structure.schemes, third],
    ],
    ATTACKS: [
      [structure.attacks, ids],
      [structure.attackNodes, nodes],
      [structure.attackers, first],
      [structure.targetKinds, second],
      [structure.targets, third],
    ],
    ACTORS: [
      [structure.actors, ids],
      [structure.actorNodes, nodes],
    ],
    ASSERTS: [
      [structure.asserters, first],
      [structure.asserted, second],
    ],
    CHALLENGES: [
      [structure.challengeAttacks, first],
      [structure.challengeQuestions, second],
    ],
    ANSWERS: [
      [structure.answerClaims, first],
      [structure.answerInferences, second],
      [structure.answerQuestions, third],
    ],
  };
  if (part) for (const [into, from] of lists[part]) append(into, from);
}

export function emptyStructure(mapId: string): MapStructure {
  return {
    mapId,
    claims: [],
    claimNodes: [],
    inferences: [],
    inferenceNodes: [],
    conclusions: [],
    premises: [],
    attacks: [],
    attackNodes: [],
    attackers: [],
    targetKinds: [],
    targets: [],
    actors: [],
    actorNodes: [],
    asserters: [],
    asserted: [],
    schemes: [],
    challengeAttacks: [],
    challengeQuestions: [],
    answerClaims: [],
    answerInferences: [],
    answerQuestions: [],
  };
}
