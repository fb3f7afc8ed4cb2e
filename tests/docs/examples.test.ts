import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { readBlocks, type ExampleBlock } from '../../scripts/docs-examples/example-blocks.ts';
import { readExamples } from '../../scripts/docs-examples/example-files.ts';
import { startExampleRunner, type ExampleRunner } from '../../scripts/docs-examples/example-runner.ts';

const examples = readExamples();
const docBlocks = readBlocks(readFileSync(`${repoRoot}/docs/examples.md`, 'utf8'));
const readmeBlocks = readBlocks(readFileSync(`${repoRoot}/README.md`, 'utf8'));
const stale = 'is stale: run `npm run docs:examples`';

let db: Database;
let runner: ExampleRunner;
beforeAll(async () => {
  db = await Database.connect(inject('neo4j'));
  runner = await startExampleRunner(db);
});
afterAll(async () => {
  await runner?.stop();
  await db?.close();
});

/** The example's answer shown in `blocks` must be the one the API gives now, on the seed map. */
async function expectLiveAnswer(blocks: ExampleBlock[], name: string, where: string) {
  const example = examples.find((candidate) => candidate.name === name)!;
  const block = blocks.find((candidate) => candidate.name === name);
  if (!block) expect.fail(`${where} has no block for ${name}: run \`npm run docs:examples\``);
  expect(block.operation, `${where}: the operation of ${name} ${stale}`).toBe(example.operation);
  expect(block.answer, `${where}: the answer of ${name} ${stale}`).toEqual(await runner.answer(name, example.source));
}

describe('docs/examples.md: one block per example file', () => {
  it('has a block for every docs/examples/*.graphql and none for a file that is gone', () => {
    // Both sorted the same way: readExamples sorts file names, where `a-b.graphql` comes before `a.graphql`.
    const sorted = (names: string[]) => [...names].sort();
    expect(sorted(docBlocks.map((block) => block.name))).toEqual(sorted(examples.map((example) => example.name)));
  });

  it('holds each example once', () => {
    expect(new Set(docBlocks.map((block) => block.name)).size).toBe(docBlocks.length);
  });
});

describe('docs/examples.md: every answer is what the API answers now', () => {
  it.each(examples.map((example) => example.name))('%s', (name) => expectLiveAnswer(docBlocks, name, 'docs/examples.md'));
});

describe('README: its one example is what the API answers now', () => {
  it('shows exactly one example, of a file in docs/examples/', () => {
    expect(readmeBlocks).toHaveLength(1);
    expect(examples.map((example) => example.name)).toContain(readmeBlocks[0]!.name);
  });

  it('shows that example with its live answer', () => expectLiveAnswer(readmeBlocks, readmeBlocks[0]!.name, 'README.md'));
});
