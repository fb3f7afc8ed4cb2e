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
