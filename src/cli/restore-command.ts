/**
 * `argmap restore DIR [--replace]`: loads a backup written by `argmap backup`.
 *
 * - Checks first, writes after: every file against its SHA-256 (and, without --replace, that no
 *   map of the backup exists yet); any failure refuses the whole backup, nothing written, exit 1.
 * - Then each map in its own transaction (all or nothing per map), a line per map; a map that
 *   fails prints one line and the others go on; exit 1 when any failed.
 * - Tokens: their secrets are not in a backup, so none is restored. Each active token of the backup
 *   that this database lacks is listed with the `argmap token create` line that recreates it (with
 *   a new secret, to hand out again).
 */
import { BadBackupError } from '../backup/backup-manifest.ts';
import { checkBackup, existingMaps, restoreMap } from '../backup/restore-backup.ts';
import { listTokens, type TokenInfo } from '../auth/token-store.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { CommandFailed, oneLine } from './import-command.ts';
import { withDatabase } from './with-database.ts';

export interface RestoreCommandOptions {
  /** Replace maps that already exist with the backup's version; refused without it. */
  replace?: boolean;
}

export async function restoreCommand(config: Config, logger: Logger, dir: string, options: RestoreCommandOptions): Promise<void> {
  const backup = (() => {
    try {
      return checkBackup(dir);
    } catch (error) {
      if (error instanceof BadBackupError) throw new CommandFailed(error.message);
      throw error;
    }
  })();
  const started = Date.now();
  let failed = 0;
  await withDatabase(config, logger, async (db) => {
    const existing = await existingMaps(
      db,
      backup.maps.map((map) => map.entry.id),
    );
    if (existing.length && !options.replace) {
      throw new CommandFailed(
        `${existing.length} maps of the backup exist already (${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}); ` +
          'nothing was restored. Restore into a fresh database, or pass --replace to replace them',
      );
    }
    for (const map of backup.maps) {
      const mapStarted = Date.now();
      try {
        const { counts } = await restoreMap(db, map);
        const verb = existing.includes(map.entry.id) ? 'replaced' : 'restored';
        process.stdout.write(
          `${verb} ${map.entry.id}: ${counts.claims} claims, ${counts.inferences} inferences, ${counts.attacks} attacks, ` +
            `${counts.actors} actors (${Date.now() - mapStarted} ms)\n`,
        );
      } catch (error) {
        failed++;
        process.stderr.write(`failed ${map.entry.id}: ${oneLine(error)} (nothing of it was written)\n`);
      }
    }
    const present = new Set((await listTokens(db)).map((token) => token.id));
    const missing = backup.manifest.tokens.filter((token) => !token.revokedAt && !present.has(token.id));
    if (missing.length) {
      process.stdout.write(
        `${missing.length} tokens of the backup are not in this database (secrets are never backed up); recreate them:\n`,
      );
      for (const token of missing) process.stdout.write(`  ${recreateLine(token)}\n`);
    }
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${backup.maps.length - failed} maps restored, ${failed} failed, from ${dir} in ${seconds} s\n`);
  if (failed) process.exitCode = 1;
}

/** The command that makes a token like `token` (same role, maps and name; a new id and secret). */
function recreateLine(token: TokenInfo): string {
  const maps = (token.maps ?? []).map((map) => ` --map ${map}`).join('');
  const name = token.name ? ` --name '${token.name.replaceAll("'", "'\\''")}'` : '';
  return `argmap token create --role ${token.role}${maps}${name}   # was ${token.id}, created ${token.createdAt}`;
}
