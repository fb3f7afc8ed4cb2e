import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { launchChromium, cspViolations } from './browser.ts';
import { startWebServer, type WebServer } from './web-server.ts';

// The seed map's main conclusion: every chain of the editorial ends at it.
const conclusion = 'editorial:only-way-is-mounting-pressure-on-moscow';

const chainsQuery = `query PanelChains {
  reasoningChains(conclusionId: "${conclusion}", maxDepth: 10, first: 100) {
    edges { node { claims { id text role } steps { kind from { id } inference { id schemeName } to { id } } } }
  }
}`;

const graphQuery = `query PanelGraph {
  justification(conclusionId: "${conclusion}", maxDepth: 2) {
    nodes { id kind label role }
    edges { id source target kind }
  }
}`;

const dependentsQuery = `query PanelDependents {
  actor(id: "editorial:putin") { dependentClaims(maxDepth: 6, first: 100) { edges { node { chain { claims { id text } } } } } }
}`;

const nothingQuery = `query PanelNothing { claim(id: "${conclusion}") { id text } }`;

interface Drawn {
  state: string | undefined;
  status: string;
  claims: string[];
  nodes: number;
  edges: number;
}

describe('the explorer map panel, in Chromium', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the explorer with `query` in a tab of its own (GraphiQL reads ?query=), runs it and waits for the panel. */
  async function runInExplorer(page: Page, query: string): Promise<{ result: any; drawn: Drawn }> {
    await page.goto(`${server.origin}/graphql?query=${encodeURIComponent(query)}`);
    await page.waitForSelector('.graphiql-execute-button');
    const answer = page.waitForResponse(
      (r) => r.url() === `${server.origin}/graphql` && (r.request().postData() ?? '').includes(query.split(' ')[1]!),
    );
    await page.click('.graphiql-execute-button');
    const result = await (await answer).json();
    await page.waitForFunction(() => ['drawn', 'empty'].includes(document.getElementById('argmap-panel')?.dataset.state ?? ''));
    const drawn = await page.evaluate(() => {
      const panel = document.getElementById('argmap-panel')!;
      const cy = (window as any).argmapPanel.cy;
      return {
        state: panel.dataset.state,
        status: panel.querySelector('.argmap-panel-status')!.textContent ?? '',
        claims: cy ? cy.nodes('.claim').map((n: any) => n.id()) : [],
        nodes: cy ? cy.nodes().length : 0,
        edges: cy ? cy.edges().length : 0,
      };
    });
    return { result, drawn };
  }

  it('draws a reasoningChains result with one claim node per distinct claim of the result, all chains merged', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const violations = await cspViolations(page);
    const { result, drawn } = await runInExplorer(page, chainsQuery);
    const chains = result.data.reasoningChains.edges.map((e: any) => e.node);
    expect(chains.length).toBeGreaterThan(1);
    const distinct = new Set<string>(chains.flatMap((c: any) => c.claims.map((claim: any) => claim.id)));
    const inferences = new Set<string>(chains.flatMap((c: any) => c.steps.map((s: any) => s.inference.id)));
    expect(drawn.state).toBe('drawn');
    expect(new Set(drawn.claims)).toEqual(distinct);
    expect(drawn.claims).toHaveLength(distinct.size);
    expect(drawn.nodes).toBe(distinct.size + inferences.size);
    expect(violations).toEqual([]);
    mkdirSync(`${repoRoot}/test-results/web`, { recursive: true });
    await page.screenshot({ path: `${repoRoot}/test-results/web/explorer-panel.png` });
    await page.close();
  });

  it('draws a Graph result with its nodes and edges as they are', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const { result, drawn } = await runInExplorer(page, graphQuery);
    const graph = result.data.justification;
    expect(drawn.state).toBe('drawn');
    expect(drawn.nodes).toBe(graph.nodes.length);
    expect(drawn.edges).toBe(graph.edges.length);
    expect(drawn.claims).toHaveLength(graph.nodes.filter((n: any) => n.kind === 'CLAIM').length);
    await page.close();
  });

  it('draws dependentClaims chains run while the panel was hidden once it is shown, each distinct claim once', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.origin}/graphql`);
    await page.click('#argmap-panel-toggle'); // hidden, and remembered so across the reload below
    const { result, drawn } = await runInExplorer(page, dependentsQuery);
    expect(await page.isVisible('#argmap-panel')).toBe(false);
    expect(drawn.nodes).toBe(0); // nothing is laid out in a hidden panel
    await page.click('#argmap-panel-toggle');
    const claims = await page.evaluate(() => (window as any).argmapPanel.cy.nodes('.claim').map((n: any) => n.id()));
    const chains = result.data.actor.dependentClaims.edges.map((e: any) => e.node.chain);
    const distinct = new Set<string>(chains.flatMap((c: any) => c.claims.map((claim: any) => claim.id)));
    expect(distinct.size).toBeGreaterThan(1);
    expect(new Set(claims)).toEqual(distinct);
    expect(claims).toHaveLength(distinct.size);
    await page.close();
  });

  it('says plainly that a result with no graph, chain or dependent claim has nothing to draw', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const { result, drawn } = await runInExplorer(page, nothingQuery);
    expect(result.data.claim.id).toBe(conclusion);
    expect(drawn.state).toBe('empty');
    expect(drawn.nodes).toBe(0);
    expect(drawn.status).toMatch(/^Nothing to draw/);
    expect(await page.isVisible('#argmap-panel .argmap-panel-status')).toBe(true);
    await page.close();
  });

  it('hides and shows the panel with its toggle', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.origin}/graphql`);
    await page.waitForSelector('#argmap-panel-toggle');
    expect(await page.isVisible('#argmap-panel')).toBe(true);
    await page.click('#argmap-panel-toggle');
    expect(await page.isVisible('#argmap-panel')).toBe(false);
    expect(await page.textContent('#argmap-panel-toggle')).toBe('Show map');
    await page.click('#argmap-panel-toggle');
    expect(await page.isVisible('#argmap-panel')).toBe(true);
    await page.close();
  });
});
