/**
 * First start: with no admin token in the database nobody could write, so the service creates one
 * and prints it once on stderr (never into the structured log, which may be shipped elsewhere).
 * Later starts find it and print nothing. `argmap token create` is the other way in.
 */
import type { Database } from '../neo4j/database.ts';
import type { Logger } from '../shared/logger.ts';
import { countAdminTokens, createToken } from './token-store.ts';

export async function bootstrapAdminToken(db: Database, logger: Logger): Promise<void> {
  if ((await countAdminTokens(db)) > 0) return;
  const { token, info } = await createToken(db, { role: 'admin', name: 'bootstrap' });
  logger.warn({ tokenId: info.id }, 'no admin token existed: created one, printed once on stderr');
  process.stderr.write(
    `\nargmap: no admin token existed, so one was created. It is shown only now; keep it safe:\n\n  ${token}\n\n` +
      `Send it as "Authorization: Bearer <token>"; create more with \`argmap token create\`.\n\n`,
  );
}
