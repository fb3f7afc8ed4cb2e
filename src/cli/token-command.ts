/**
 * `argmap token create|list|revoke`: API tokens, managed with the database's own credentials (the
 * command line is trusted: whoever can run it can reach Neo4j directly anyway). `create` prints
 * the token once on stdout — only a salted hash is stored, so it cannot be shown again.
 */
import { isRole, roles } from '../graphql/caller.ts';
import { createToken, listTokens, revokeToken, type TokenInfo } from '../auth/token-store.ts';
import type { Config } from '../server/config.ts';
import type { Logger } from '../shared/logger.ts';
import { CommandFailed } from './import-command.ts';
import { withDatabase } from './with-database.ts';

export interface TokenCreateOptions {
  role: string;
  map?: string[];
  name?: string;
}

export async function tokenCreateCommand(config: Config, logger: Logger, options: TokenCreateOptions): Promise<void> {
  if (!isRole(options.role)) throw new CommandFailed(`--role ${options.role} must be one of ${roles.join(', ')}`);
  const role = options.role;
  await withDatabase(config, logger, async (db) => {
    const { token, info } = await createToken(db, { role, maps: options.map, name: options.name });
    process.stderr.write(`created ${describe(info)}; the token is shown only now:\n`);
    process.stdout.write(`${token}\n`);
  });
}

export async function tokenListCommand(config: Config, logger: Logger): Promise<void> {
  await withDatabase(config, logger, async (db) => {
    for (const token of await listTokens(db)) process.stdout.write(`${describe(token)}\n`);
  });
}

export async function tokenRevokeCommand(config: Config, logger: Logger, id: string): Promise<void> {
  await withDatabase(config, logger, async (db) => {
    const token = await revokeToken(db, id);
    if (!token) throw new CommandFailed(`no token with id "${id}" (see \`argmap token list\`)`);
    process.stdout.write(`revoked ${describe(token)}\n`);
  });
}

function describe(token: TokenInfo): string {
  const maps = token.maps ? `maps ${token.maps.join(',')}` : 'all maps';
  const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
  return `${token.id} ${token.role} (${maps}) ${token.name ?? '-'} created ${token.createdAt} ${state}`;
}
