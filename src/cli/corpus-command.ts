/**
 * `argmap corpus DIR…` (`npm run corpus -- DIR…`): runs real-world corpora through argmap. Every
 * *.json and *.argdown file under the directories is imported as `argmap import` imports it (same
 * format detection, same map id derived from the path, so a rerun replaces rather than duplicates)
 * and its map evaluated by the evaluation service; one line per file gives the counts, the
 * statuses, the warnings (how many, and the first few) and the time, then a summary.
 *
 * Outcomes per file: `ok`; `refused`, when the importer turns the file down with a user error
 * (BAD_USER_INPUT: malformed JSON, an unknown node type…), which is the importer doing its job;
 * `error`, for any other exception, which is a bug or a broken environment. The exit code is 1 when
 * any file ended in `error`, 0 otherwise: refusals are listed and counted but do not fail the run,
 * since a real corpus may hold files argmap rightly refuses (shared/corpora/README.md lists none).
 *
 * The last line tells how many imported inferences landed on catalogue schemes and lists the scheme
 * names the catalogue does not know, with counts (src/schemes/scheme-tally.ts).
 */
import { relative } from 'node:path';
import { GraphQLError } from 'graphql';
import { evaluate } from '../evaluation/evaluation-service.ts';
import type { MapCountsRecord } from '../graphql/records/map-record.ts';
import { importMap } from '../maps/import-map.ts';
import type { Database } from '../neo4j/database.ts';
import { SchemeTally } from '../schemes/scheme-tally.ts';
import type { Config } from '../server/config.ts';
import { createRequestContext } from '../graphql/context.ts';
import type { Logger } from '../shared/logger.ts';
import { CommandFailed, expand, oneLine, readDocument, type Input } from './import-command.ts';
import { withDatabase } from './with-database.ts';

/** Warnings printed per file; the rest are counted. */
const shownWarnings = 3;

type Outcome = 'ok' | 'refused' | 'error';
type Counts = MapCountsRecord & { IN: number; OUT: number; UNDEC: number; warnings: number };
const countNames: (keyof Counts)[] = ['claims', 'inferences', 'attacks', 'actors', 'rephrases', 'preferences'];

export async function corpusCommand(config: Config, logger: Logger, dirs: string[]): Promise<void> {
  const inputs = dirs.flatMap(expand);
  if (!inputs.length) throw new CommandFailed(`no *.json or *.argdown files in ${dirs.join(', ')}`);
  const files: Record<Outcome, number> = { ok: 0, refused: 0, error: 0 };
  const totals = emptyCounts();
  const schemes = new SchemeTally();
  const started = Date.now();
  // Evaluation reads get the service's query timeout: a corpus map is evaluated as a client's would be.
  await withDatabase(
    config,
    logger,
    async (db) => {
      for (const input of inputs) files[await runFile(db, logger, input, totals, schemes)]++;
    },
    { queryTimeoutMs: config.queryTimeoutMs },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `corpus: ${inputs.length} files, ${files.ok} ok, ${files.refused} refused, ${files.error} errors; ` +
      `${countsText(totals)}; ${totals.warnings} warnings; in ${seconds} s\n` +
      `${schemes.summary()}\n`,
  );
  if (files.error) process.exitCode = 1;
}

/** Imports and evaluates one file, prints its lines, adds its counts to `totals`. */
async function runFile(db: Database, logger: Logger, input: Input, totals: Counts, schemes: SchemeTally): Promise<Outcome> {
  const shown = relative(process.cwd(), input.path);
  const started = Date.now();
  try {
    const { document, warnings } = readDocument(input, { format: 'auto' });
    const audit = { actor: 'local', role: 'local', mapIds: [document.map.id] };
    const imported = await importMap(db, { operationName: 'cli-corpus', audit }, document, { warnings });
    const importMs = Date.now() - started;
    const context = createRequestContext(db, logger, 'cli-corpus');
    const { labels } = await evaluate(context, imported.map.id);
    const counts: Counts = { ...imported.counts, IN: 0, OUT: 0, UNDEC: 0, warnings: warnings.length };
    for (const { status } of labels) counts[status]++;
    for (const name of Object.keys(totals) as (keyof Counts)[]) totals[name] += counts[name];
    schemes.add(document.inferences ?? []);
    process.stdout.write(
      `ok ${shown} → ${imported.map.id}: ${countsText(counts)}; ${warnings.length} warnings ` +
        `(import ${importMs} ms, evaluate ${Date.now() - started - importMs} ms)\n`,
    );
    for (const warning of warnings.slice(0, shownWarnings)) process.stdout.write(`  warning: ${warning}\n`);
    if (warnings.length > shownWarnings) process.stdout.write(`  … ${warnings.length - shownWarnings} more warnings\n`);
    return 'ok';
  } catch (error) {
    const refused = error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT';
    const outcome = refused ? 'refused' : 'error';
    // A refusal is the importer's own one-line message; an error also names its kind, to find the bug.
    const kind = refused || !(error instanceof Error) ? '' : `${error.name}: `;
    process.stdout.write(`${outcome} ${shown}: ${kind}${oneLine(error)} (${Date.now() - started} ms)\n`);
    return outcome;
  }
}

function emptyCounts(): Counts {
  return { claims: 0, inferences: 0, attacks: 0, actors: 0, rephrases: 0, preferences: 0, IN: 0, OUT: 0, UNDEC: 0, warnings: 0 };
}

/** `12 claims, 5 inferences, …; evaluated 7 IN, 3 OUT, 2 UNDEC` */
function countsText(counts: Counts): string {
  const elements = countNames.map((name) => `${counts[name]} ${name}`).join(', ');
  return `${elements}; evaluated ${counts.IN} IN, ${counts.OUT} OUT, ${counts.UNDEC} UNDEC`;
}
