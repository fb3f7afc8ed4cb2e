/**
 * `argmap import PATH…`: imports files, or every *.json and *.argdown under directories, each as
 * one map in its own transaction (importMap: all-or-nothing per file, idempotent). One progress
 * line per file, a summary line at the end; a file that fails prints one line and the others go
 * on (unless --fail-fast); the exit code is 1 when any failed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { importFormats, type ImportFormat } from '../interop/import-formats.ts';
import { importMap } from '../maps/import-map.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { withDatabase } from './with-database.ts';

/** A failure the user can fix, reported as one line `argmap: …` with exit code 1. */
export class CommandFailed extends Error {}

export interface ImportCommandOptions {
  format: 'auto' | 'aif' | 'argmap' | 'argdown';
  mapId?: string;
  title?: string;
  failFast?: boolean;
  strict?: boolean;
  /** --link-entities: see ImportMapOptions.linkEntities. */
  linkEntities?: boolean;
}

const formatNames: Record<Exclude<ImportCommandOptions['format'], 'auto'>, string> = {
  aif: 'AIF_JSON',
  argmap: 'ARGMAP_JSON',
  argdown: 'ARGDOWN',
};

export interface Input {
  path: string;
  mapId: string;
}

export async function importCommand(
  config: Config,
  logger: Logger,
  paths: string[],
  options: ImportCommandOptions,
): Promise<void> {
  const inputs = paths.flatMap(expand);
  if (!inputs.length) throw new CommandFailed(`no *.json or *.argdown files in ${paths.join(', ')}`);
  if (options.mapId && inputs.length > 1) throw new CommandFailed(`--map-id needs exactly one file; ${inputs.length} were given`);
  const totals = { files: 0, failed: 0, claims: 0, inferences: 0, attacks: 0, actors: 0, warnings: 0 };
  const started = Date.now();
  await withDatabase(config, logger, async (db) => {
    for (const input of inputs) {
      const fileStarted = Date.now();
      const shown = relative(process.cwd(), input.path);
      try {
        const { document, warnings } = readDocument(input, options);
        if (options.strict && warnings.length) throw new CommandFailed(`${warnings[0]} (--strict: nothing was written)`);
        const audit = { actor: 'local', role: 'local', mapIds: [document.map.id] };
        const outcome = await importMap(db, { operationName: 'cli-import', audit }, document, {
          warnings,
          linkEntities: options.linkEntities ?? false,
          onProgress: (written, total) => {
            if (total >= 10_000) process.stderr.write(`  ${shown}: ${written}/${total} rows written\n`);
          },
        });
        const { claims, inferences, attacks, actors } = outcome.counts;
        Object.assign(totals, {
          files: totals.files + 1,
          claims: totals.claims + claims,
          inferences: totals.inferences + inferences,
          attacks: totals.attacks + attacks,
          actors: totals.actors + actors,
          warnings: totals.warnings + warnings.length,
        });
        process.stdout.write(
          `imported ${shown} → ${outcome.map.id}: ${claims} claims, ${inferences} inferences, ${attacks} attacks, ` +
            `${actors} actors, ${warnings.length} warnings (${Date.now() - fileStarted} ms)\n`,
        );
        for (const warning of warnings) process.stdout.write(`  warning: ${warning}\n`);
        for (const link of outcome.entityLinks)
          process.stdout.write(`  entity: ${link.actorId} → ${link.entityId}${link.created ? ' (created)' : ''}\n`);
      } catch (error) {
        totals.failed++;
        process.stderr.write(`failed ${shown}: ${oneLine(error)}\n`);
        if (options.failFast) break;
      }
    }
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${totals.files} files imported, ${totals.failed} failed: ${totals.claims} claims, ${totals.inferences} inferences, ` +
      `${totals.attacks} attacks, ${totals.actors} actors, ${totals.warnings} warnings in ${seconds} s\n`,
  );
  if (totals.failed) process.exitCode = 1;
}

/** The file converted to a map document; its text is garbage once this returns (large files). */
export function readDocument(input: Input, options: ImportCommandOptions) {
  const text = readFileSync(input.path, 'utf8');
  const convert = importFormats[formatOf(input.path, text, options.format)];
  return convert(text, { mapId: options.mapId ?? input.mapId, title: options.title });
}

/** A file as itself; a directory as every *.json and *.argdown below it, in path order. */
export function expand(path: string): Input[] {
  const full = resolve(path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    throw new CommandFailed(`${path}: no such file or directory`);
  }
  if (stats.isFile()) return [{ path: full, mapId: mapIdFrom(`${basename(dirname(full))}/${basename(full)}`) }];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(json|argdown)$/.test(file))
    .sort()
    .map((file) => ({ path: `${full}/${file}`, mapId: mapIdFrom(`${basename(full)}/${file}`) }));
}

/** `aif/qt30/nodeset25936.json` → `aif-qt30-nodeset25936`: a valid map id, stable per path. */
export function mapIdFrom(path: string): string {
  const id = path
    .slice(0, path.length - extname(path).length)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (id || 'map').slice(0, 100).replace(/-+$/, '');
}

function formatOf(path: string, text: string, format: ImportCommandOptions['format']): ImportFormat {
  const name =
    format !== 'auto'
      ? formatNames[format]
      : path.endsWith('.argdown')
        ? 'ARGDOWN'
        : /"format"\s*:\s*"argmap\/map@1"/.test(text.slice(0, 2000))
          ? 'ARGMAP_JSON'
          : 'AIF_JSON';
  if (!(name in importFormats))
    throw new CommandFailed(`format ${name} cannot be imported (known: ${Object.keys(importFormats).join(', ')})`);
  return name as ImportFormat;
}

/** An error's first line, for a one-line report. */
export function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
