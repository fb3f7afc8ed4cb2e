/**
 * `npm run docs:examples`: runs every docs/examples/*.graphql against the seed maps and writes each
 * answer into docs/examples.md (and the README's one example) between its markers, so the answers
 * shown are the API's own. tests/docs/examples.test.ts fails when an answer no longer matches.
 *
 * Neo4j is found or started as for the tests: NEO4J_URI when set (the seed maps are then reloaded
 * there, which makes them equal to seed/*.argmap.json again), else Docker, else the local
 * server — in a fresh data folder removed afterwards, so a running `npm start` and its data are
 * left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { loadSeedFactChecks } from '../src/fact-checks/seed-fact-checks.ts';
import { loadSeedMaps } from '../src/maps/seed.ts';
import { Database } from '../src/neo4j/database.ts';
import { applyMigrations } from '../src/neo4j/migrations.ts';
import { provisionScratchNeo4j } from '../src/neo4j/provision.ts';
import { readConfig } from '../src/server/config.ts';
import { repoRoot } from '../src/shared/repo-root.ts';
import { renderBlock, replaceBlocks, type BlockStyle } from './docs-examples/example-blocks.ts';
import { readExamples } from './docs-examples/example-files.ts';
import { startExampleRunner } from './docs-examples/example-runner.ts';

const targets: { file: string; style: BlockStyle; appendMissing: boolean }[] = [
  { file: `${repoRoot}/docs/examples.md`, style: { examplesPath: 'examples/', heading: true }, appendMissing: true },
  { file: `${repoRoot}/README.md`, style: { examplesPath: 'docs/examples/', heading: false }, appendMissing: false },
];

const config = readConfig();
const neo4j = await provisionScratchNeo4j(config, 'docs-run', (message) => console.error(`[neo4j] ${message}`));
try {
  const db = await Database.connect(neo4j.connection, config.queryTimeoutMs);
  try {
    await applyMigrations(db);
    await loadSeedMaps(db);
    await loadSeedFactChecks(db);
    const runner = await startExampleRunner(db);
    const examples = readExamples();
    const answers = new Map<string, unknown>();
    try {
      for (const example of examples) answers.set(example.name, await runner.answer(example.name, example.source));
    } finally {
      await runner.stop();
    }
    for (const { file, style, appendMissing } of targets) {
      const blocks = new Map(examples.map((example) => [example.name, renderBlock(example, answers.get(example.name), style)]));
      const text = replaceBlocks(readFileSync(file, 'utf8'), blocks, appendMissing);
      // Prettier last, as `npm run format` would, so format:check stays green on the written files.
      writeFileSync(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
      console.error(`wrote ${file.slice(repoRoot.length + 1)}`);
    }
  } finally {
    await db.close();
  }
} finally {
  await neo4j.stop();
}
