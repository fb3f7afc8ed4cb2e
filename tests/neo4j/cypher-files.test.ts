/**
 * Every query file under cypher/ plans on the test Neo4j (EXPLAIN: nothing runs, nothing is
 * written) and names in its header comment exactly the `$params` its text uses — no more, no
 * fewer — so the header a reader trusts cannot drift from the query.
 *
 * The header is the file's leading block of `//` lines. Parameters are `$name` tokens; in the query
 * text, those inside string literals and `//` comments do not count.
 *
 * One named exception: a file of cypher/migrations/ holds several schema commands separated by `;`
 * (as src/neo4j/migrations.ts reads them), so each statement is planned on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../src/neo4j/database.ts';
import { repoRoot } from '../../src/shared/repo-root.ts';

const cypherDir = `${repoRoot}/cypher`;
const files = readdirSync(cypherDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.cypher'))
  .sort();

let db: Database;
beforeAll(async () => {
  db = await Database.connect(inject('neo4j'));
});
afterAll(() => db?.close());

interface CypherFile {
  header: string;
  query: string;
}

function readCypherFile(name: string): CypherFile {
  const lines = readFileSync(`${cypherDir}/${name}`, 'utf8').split('\n');
  const headerLength = lines.findIndex((line) => !line.startsWith('//'));
  return { header: lines.slice(0, headerLength).join('\n'), query: lines.slice(headerLength).join('\n') };
}

/** The query text without string literals and `//` comments, where a `$name` is not a parameter. */
function codeOnly(query: string): string {
  return query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/[^\n]*/g, ' ');
}

const paramsIn = (text: string): string[] => [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();

function headerAndQueryParams(name: string): { header: string[]; query: string[] } {
  const { header, query } = readCypherFile(name);
  return { header: paramsIn(header), query: paramsIn(codeOnly(query)) };
}

describe('cypher/ files: each opens with a header naming exactly the $params it uses', () => {
  it('finds the files it checks', () => expect(files.length).toBeGreaterThan(50));

  it.each(files)('%s has a header', (name) => expect(readCypherFile(name).header).toMatch(/^\/\/ \S/));

  it.each(files)('%s names in its header exactly the $params its text uses', (name) => {
    const { header, query } = headerAndQueryParams(name);
    const unnamed = query.filter((param) => !header.includes(param));
    const unused = header.filter((param) => !query.includes(param));
    expect({ unnamed, unused }).toEqual({ unnamed: [], unused: [] });
  });
});

/** The statements of a file: one, or for a migration file, each schema command between `;`. */
function statementsOf(name: string): string[] {
  const { query } = readCypherFile(name);
  if (!name.startsWith('migrations/')) return [query];
  return codeOnly(query)
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

describe('cypher/ files: each query plans on Neo4j (EXPLAIN)', () => {
  it.each(files)('%s plans', async (name) => {
    // EXPLAIN plans without parameter values (Neo4j 5 checks only that the text is valid), so
    // none are given: a placeholder could only hide a type error the real values would meet.
    for (const statement of statementsOf(name)) {
      const summary = await db.write(async (tx) => (await tx.run(`EXPLAIN ${statement}`)).summary);
      expect(summary.plan, statement).toBeTruthy();
    }
  });
});
