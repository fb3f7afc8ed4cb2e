/**
 * Applies the schema in `cypher/migrations/` in file-name order. Every statement is written to be
 * idempotent (IF NOT EXISTS; a data statement sets only what is still null, as 009-versions), so
 * running the migrations twice changes nothing; there is no version table to drift out of step
 * with the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { repoRoot } from '../shared/repo-root.ts';
import type { Database } from './database.ts';

const migrationsDir = `${repoRoot}/cypher/migrations`;

/** The statements of every migration file, comments stripped, in order. */
export function migrationStatements(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .flatMap((name) =>
      readFileSync(`${migrationsDir}/${name}`, 'utf8')
        .replace(/^\s*\/\/.*$/gm, '')
        .split(';')
        .map((statement) => statement.trim())
        .filter(Boolean),
    );
}

export async function applyMigrations(db: Database): Promise<void> {
  // Schema commands cannot share a transaction with each other, so each runs in its own.
  for (const statement of migrationStatements()) {
    await db.write((tx) => tx.run(statement));
  }
  await db.read((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
