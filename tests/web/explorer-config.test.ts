import { buildASTSchema, concatAST, parse, validate } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { typeDefs } from '../../src/graphql/type-defs.ts';
import { ConfigError, readConfig } from '../../src/server/config.ts';
import { explorerExamples } from '../../src/web/explorer-examples.ts';
import { uniqueMapId } from '../support/api.ts';
import { startWebServer, type WebServer } from './web-server.ts';

const html = { accept: 'text/html' };
let server: WebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('explorer and introspection settings', () => {
  it('serves the explorer with every README example as a tab, plus importMap, and keeps CSRF prevention on', async () => {
    server = await startWebServer();
    const page = await (await fetch(`${server.origin}/graphql`, { headers: html })).text();
    expect(page).toContain('argmap explorer');
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    for (const name of ['ChainFromAirStrikes', 'DependsOnPutin', 'WhatTrumpAsserts', 'AttacksOnAClaim', 'ImportSmallMap']) {
      expect(page).toContain(name);
    }
    for (const name of [
      'DependsOnPutinAcrossMaps',
      'SameClaimInOtherMaps',
      'ChainAcrossMaps',
      'MatchClaims',
      'SuggestEntities',
      'ImportClaimReview',
      'ClaimsRestingOn',
      'EvaluateFactChecked',
    ]) {
      expect(page).toContain(name);
    }
    expect(explorerExamples().length).toBeGreaterThanOrEqual(9);
    const get = await fetch(`${server.origin}/graphql?query=${encodeURIComponent('{ maps { id } }')}`);
    expect(get.status).toBe(400);
  });

  it('has only tabs that are valid operations of the schema', () => {
    const schema = buildASTSchema(concatAST(typeDefs));
    for (const tab of explorerExamples()) {
      const name = /(?:query|mutation) (\w+)/.exec(tab.query)?.[1];
      expect(
        validate(schema, parse(tab.query)).map((error) => error.message),
        name,
      ).toEqual([]);
    }
  });

  it('imports the importMap example as written, under a map id of its own', async () => {
    server = await startWebServer();
    const example = explorerExamples().at(-1)!;
    // Only the map id changes: the example's readable id would be a fixed id in the shared database.
    const variables = JSON.parse(example.variables!);
    variables.document.map.id = uniqueMapId('explorer-example');
    const data = await server.graphql(example.query, variables);
    expect(data.importMap).toMatchObject({ created: true, map: { id: variables.document.map.id } });
    expect(data.importMap.counts).toEqual({ claims: 2, inferences: 1, attacks: 0, actors: 1 });
  });

  it('serves no explorer and no map pages when the explorer is off', async () => {
    server = await startWebServer({ explorer: false, introspection: true });
    const page = await fetch(`${server.origin}/graphql`, { headers: html });
    expect(await page.text()).not.toContain('argmap explorer');
    expect((await fetch(`${server.origin}/maps/editorial`)).status).toBe(404);
  });

  it('refuses introspection when it is off, and still answers queries', async () => {
    server = await startWebServer({ explorer: true, introspection: false });
    await expect(server.graphql('{ __schema { types { name } } }')).rejects.toThrow(/introspection/i);
    expect((await server.graphql('{ map(id: "editorial") { id } }')).map.id).toBe('editorial');
  });
});

describe('ARGMAP_EXPLORER and ARGMAP_INTROSPECTION', () => {
  it('are on by default, off with false, and a bad value names the variable', () => {
    expect(readConfig({})).toMatchObject({ explorer: true, introspection: true });
    expect(readConfig({ ARGMAP_EXPLORER: 'false', ARGMAP_INTROSPECTION: '0' })).toMatchObject({
      explorer: false,
      introspection: false,
    });
    expect(() => readConfig({ ARGMAP_INTROSPECTION: 'off' })).toThrow(ConfigError);
    expect(() => readConfig({ ARGMAP_EXPLORER: 'maybe' })).toThrow(/ARGMAP_EXPLORER "maybe" must be true or false/);
  });
});
