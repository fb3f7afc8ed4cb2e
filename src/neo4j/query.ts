/**
 * Loads the `.cypher` files under `cypher/` and gives each a typed handle. Queries are read once,
 * at module load, so a typo in a file name fails at start-up rather than on the first request.
 */
import { readFileSync } from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import { repoRoot } from '../shared/repo-root.ts';

const cypherRoot = `${repoRoot}/cypher/`;

/** Anything that can run Cypher: a managed transaction, or a counting wrapper around one. */
export interface QueryRunner {
  run: ManagedTransaction['run'];
}

export interface PreparedQuery<Params extends object, Row> {
  readonly name: string;
  readonly text: string;
  /** Runs the query with its parameters and returns the rows as plain objects. */
  run(params: Params, tx: QueryRunner): Promise<Row[]>;
}

export function readCypher(name: string): string {
  return readFileSync(`${cypherRoot}${name}.cypher`, 'utf8');
}

export function defineQuery<Params extends object, Row>(name: string): PreparedQuery<Params, Row> {
  const text = readCypher(name);
  return {
    name,
    text,
    async run(params, tx) {
      const result = await tx.run(text, params as Record<string, unknown>);
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}

/** The deepest a bounded walk may go; the literal ceiling written in the depth-bounded files. */
export const depthCeiling = 10;

/**
 * A query whose walk is bounded by its `$maxDepth` parameter (0..10). Cypher takes no parameter in a
 * quantifier (`{0,$maxDepth}` does not parse), so the file is written with the ceiling
 * `){0,10}` once, and this prepares one text per depth with the ceiling lowered to it. The search
 * then stops at the depth asked instead of walking to 10 and filtering afterwards, which across
 * maps halved the time of dependentClaims by entity (bench/README.md). Only an integer of 0..10
 * enters a text, and every value still travels as a parameter.
 */
export function defineDepthQuery<Params extends { maxDepth: number }, Row>(name: string): PreparedQuery<Params, Row> {
  const text = readCypher(name);
  const ceiling = `){0,${depthCeiling}}`;
  if (text.split(ceiling).length !== 2) throw new Error(`${name}.cypher must hold the ceiling ${ceiling} exactly once`);
  // `{0,0}` does not parse: depth 0 walks at most one step, and the file's length filter drops it.
  const texts = Array.from({ length: depthCeiling + 1 }, (_, depth) => text.replace(ceiling, `){0,${Math.max(depth, 1)}}`));
  return {
    name,
    text,
    async run(params, tx) {
      const depth = params.maxDepth;
      if (!Number.isInteger(depth) || depth < 0 || depth > depthCeiling)
        throw new RangeError(`maxDepth ${depth} is outside 0..${depthCeiling}`);
      const result = await tx.run(texts[depth]!, params as Record<string, unknown>);
      return result.records.map((record) => record.toObject() as Row);
    },
  };
}
