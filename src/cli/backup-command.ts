/**
 * `argmap backup DIR`: every map as an `argmap/map@1` file under DIR/maps, then DIR/manifest.json
 * (counts, SHA-256 checksums, versions, the tokens without secrets). A line per map, then a summary.
 * Works beside a running `argmap serve` (withDatabase uses its Neo4j).
 */
import { BadBackupError } from '../backup/backup-manifest.ts';
import { writeBackup } from '../backup/write-backup.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { CommandFailed } from './import-command.ts';
import { withDatabase } from './with-database.ts';

export async function backupCommand(config: Config, logger: Logger, dir: string): Promise<void> {
  const started = Date.now();
  const manifest = await withDatabase(config, logger, (db) =>
    writeBackup(db, dir, {
      onMap: ({ id, file, counts }) =>
        process.stdout.write(
          `backed up ${id} → ${file}: ${counts.claims} claims, ${counts.inferences} inferences, ` +
            `${counts.attacks} attacks, ${counts.actors} actors\n`,
        ),
    }).catch((error: unknown) => {
      if (error instanceof BadBackupError) throw new CommandFailed(error.message);
      throw error;
    }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${manifest.maps.length} maps and ${manifest.tokens.length} tokens (without secrets) backed up to ${dir} ` +
      `from Neo4j ${manifest.neo4j.version} in ${seconds} s\n`,
  );
}
