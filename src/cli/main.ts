/**
 * The `argmap` command line (commander: subcommands, --help and errors for free).
 * Every failure a user can fix ends as one line on stderr and a non-zero exit, never a stack trace.
 */
import './production-mode.ts';
import { Command } from 'commander';
import { ConfigError, readConfig } from '../server/config.ts';
import { createLogger } from '../shared/logger.ts';
import { Neo4jConnectionError } from '../neo4j/database.ts';
import { Neo4jUnavailableError } from '../neo4j/provision.ts';
import { LocalNeo4jStartError } from '../neo4j/local-server.ts';
import { PortInUseError } from '../server/service.ts';
import { serveCommand } from './serve-command.ts';
import { seedCommand } from './seed-command.ts';
import { CommandFailed, importCommand, type ImportCommandOptions } from './import-command.ts';
import { exportCommand, exportFormatNames } from './export-command.ts';
import { corpusCommand } from './corpus-command.ts';
import { backupCommand } from './backup-command.ts';
import { restoreCommand, type RestoreCommandOptions } from './restore-command.ts';
import { tokenCreateCommand, tokenListCommand, tokenRevokeCommand, type TokenCreateOptions } from './token-command.ts';

const userFixable = [
  CommandFailed,
  ConfigError,
  Neo4jConnectionError,
  Neo4jUnavailableError,
  LocalNeo4jStartError,
  PortInUseError,
];

/** Log destination of commands whose stdout is their product (a map, a token): logs must not mix in. */
const toStderr = 2;

const program = new Command('argmap').description('Argument maps in Neo4j, served over GraphQL').showHelpAfterError();

program
  .command('serve', { isDefault: true })
  .description('serve GraphQL (starting a local Neo4j when NEO4J_URI is unset) with the seed maps loaded')
  .action(() => run(serveCommand));

program
  .command('seed')
  .description('(re)load the seed maps: the hand-mapped founding editorial, then the reply to it')
  .action(() => run(seedCommand));

program
  .command('import')
  .description('import files, or every *.json and *.argdown under directories, each as one map (AIF JSON, argmap/map@1, Argdown)')
  .argument('<paths...>', 'files or directories')
  .option('--format <format>', 'auto | aif | argmap | argdown', 'auto')
  .option('--map-id <id>', 'map id (one file only); derived from the path otherwise, e.g. aif-qt30-nodeset25936')
  .option('--title <title>', 'map title when the file has none')
  .option('--strict', 'refuse a file whose conversion would drop anything, instead of warning')
  .option('--fail-fast', 'stop at the first file that fails')
  .option('--link-entities', 'link each actor a file gives no entity to the entity of the same name, creating one when none has')
  .action((paths: string[], options: ImportCommandOptions) =>
    run((config, logger) => importCommand(config, logger, paths, options)),
  );

program
  .command('corpus')
  .description('import and evaluate every *.json and *.argdown file under directories: a line per file, then a summary')
  .argument('<dirs...>', 'directories (or files); map ids are derived from the path, as `import` derives them')
  .action((dirs: string[]) => run((config, logger) => corpusCommand(config, logger, dirs)));

program
  .command('export')
  .description('write a map in a format, to stdout or a file')
  .argument('<map>', 'map id')
  .option('--format <format>', Object.keys(exportFormatNames).join(' | '), 'argmap')
  .option('--out <file>', 'write to this file instead of stdout')
  .action((mapId: string, options: { format: string; out?: string }) =>
    run((config, logger) => exportCommand(config, logger, mapId, options), toStderr),
  );

program
  .command('backup')
  .description(
    'write every map (argmap/map@1 files) and a manifest (counts, checksums, versions, tokens without secrets) to a new directory',
  )
  .argument('<dir>', 'a new or empty directory')
  .action((dir: string) => run((config, logger) => backupCommand(config, logger, dir), toStderr));

program
  .command('restore')
  .description('load a backup: checksums checked first, then each map in one transaction; lists the tokens to recreate')
  .argument('<dir>', 'a directory written by `argmap backup`')
  .option('--replace', 'replace maps that already exist (refused without it)')
  .action((dir: string, options: RestoreCommandOptions) =>
    run((config, logger) => restoreCommand(config, logger, dir, options), toStderr),
  );

const token = program
  .command('token')
  .description('API tokens for the GraphQL API (stored as salted hashes; a token is shown once, at creation)');

token
  .command('create')
  .description('create a token and print it once')
  .requiredOption('--role <role>', 'reader | editor | admin')
  .option('--map <id>', 'limit the token to this map (repeat for more); all maps when absent', collect, [])
  .option('--name <name>', 'a label for people, e.g. who holds it')
  .action((options: TokenCreateOptions) => run((config, logger) => tokenCreateCommand(config, logger, options), toStderr));

token
  .command('list')
  .description('list tokens (never their secrets)')
  .action(() => run(tokenListCommand, toStderr));

token
  .command('revoke')
  .description('revoke a token; it stops working at once')
  .argument('<id>', 'token id (the part after argmap_, as `token list` shows it)')
  .action((id: string) => run((config, logger) => tokenRevokeCommand(config, logger, id), toStderr));

await program.parseAsync();

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function run(
  command: (config: ReturnType<typeof readConfig>, logger: ReturnType<typeof createLogger>) => Promise<void>,
  logFd: 1 | 2 = 1,
) {
  try {
    const config = readConfig();
    await command(config, createLogger(config.logLevel, config.logFormat, logFd));
  } catch (error) {
    if (userFixable.some((kind) => error instanceof kind)) {
      process.stderr.write(`argmap: ${(error as Error).message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
