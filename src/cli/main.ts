/**
 * The `argmap` command line (commander: subcommands, --help and errors for free).
 * Every failure a user can fix ends as one line on stderr and a non-zero exit, never a stack trace.
 */
import { Command } from 'commander';
import { ConfigError, readConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { Neo4jConnectionError } from '../neo4j/database.ts';
import { Neo4jUnavailableError } from '../neo4j/provision.ts';
import { LocalNeo4jStartError } from '../neo4j/local-server.ts';
import { PortInUseError } from '../server/service.ts';
import { serveCommand } from './serve-command.ts';
import { seedCommand } from './seed-command.ts';

const userFixable = [ConfigError, Neo4jConnectionError, Neo4jUnavailableError, LocalNeo4jStartError, PortInUseError];

const program = new Command('argmap').description('Argument maps in Neo4j, served over GraphQL').showHelpAfterError();

program
  .command('serve', { isDefault: true })
  .description('serve GraphQL (starting a local Neo4j when NEO4J_URI is unset) with the seed map loaded')
  .action(() => run(serveCommand));

program
  .command('seed')
  .description('(re)load the seed map, the hand-mapped founding editorial')
  .action(() => run(seedCommand));

await program.parseAsync();

async function run(command: (config: ReturnType<typeof readConfig>, logger: ReturnType<typeof createLogger>) => Promise<void>) {
  try {
    const config = readConfig();
    await command(config, createLogger(config.logLevel, config.logFormat));
  } catch (error) {
    if (userFixable.some((kind) => error instanceof kind)) {
      process.stderr.write(`argmap: ${(error as Error).message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
