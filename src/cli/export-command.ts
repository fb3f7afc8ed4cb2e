/**
 * `argmap export MAP --format …`: writes a stored map in any format of the export registry, to
 * stdout or to --out FILE. CLI format names are short forms of the GraphQL MapFormat values.
 */
import { writeFileSync } from 'node:fs';
import type { MapFormat } from '../graphql/resolvers-types.generated.ts';
import { exportFormats } from '../interop/export-formats.ts';
import { exportMapDocument } from '../maps/export-map.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { CommandFailed } from './import-command.ts';
import { withDatabase } from './with-database.ts';

export const exportFormatNames: Record<string, string> = {
  argmap: 'ARGMAP_JSON',
  aif: 'AIF_JSON',
  argdown: 'ARGDOWN',
  dot: 'DOT',
  mermaid: 'MERMAID',
  cytoscape: 'CYTOSCAPE_JSON',
};

export async function exportCommand(
  config: Config,
  logger: Logger,
  mapId: string,
  options: { format: string; out?: string },
): Promise<void> {
  const name = exportFormatNames[options.format] ?? options.format.toUpperCase();
  const write = exportFormats[name as MapFormat] as
    ((document: Parameters<(typeof exportFormats)['ARGMAP_JSON']>[0]) => string) | undefined;
  if (!write) {
    const known = Object.entries(exportFormatNames)
      .filter(([, value]) => value in exportFormats)
      .map(([key]) => key);
    throw new CommandFailed(`--format ${options.format} is not an export format (known: ${known.join(', ')})`);
  }
  const document = await withDatabase(config, logger, (db) =>
    exportMapDocument(db, { operationName: 'cli-export' }, mapId).catch((error: unknown) => {
      throw new CommandFailed((error as Error).message);
    }),
  );
  const text = write(document);
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
}
