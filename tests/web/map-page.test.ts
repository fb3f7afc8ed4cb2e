import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { uniqueMapId } from '../support/api.ts';
import { unknownMapId } from '../support/unknown-ids.ts';
import { launchChromium, cspViolations } from './browser.ts';
import { startWebServer, type WebServer } from './web-server.ts';

type Box = { x1: number; y1: number; x2: number; y2: number };

// Every test has a page of its own in a fresh browser context (so no history, selection or
// remembered layout in localStorage carries over), and loads what it needs: any order passes.
describe('the map page, in Chromium', () => {
  let server: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let violations: string[];

  beforeAll(async () => {
    server = await startWebServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    violations = await cspViolations(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  async function openMap(mapId: string) {
    await page.goto(`${server.origin}/maps/${mapId}`);
    await page.waitForSelector('html[data-state="ready"]');
  }

  const ids = (selector: string) =>
    page.evaluate(
      (s) =>
        (window as any).argmap.cy
          .$(s)
          .map((e: any) => e.id())
          .sort(),
      selector,
    ) as Promise<string[]>;

  async function clickNode(id: string) {
    const at = await page.evaluate((nodeId) => {
      const position = (window as any).argmap.cy.getElementById(nodeId).renderedPosition();
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      return { x: rect.left + position.x, y: rect.top + position.y };
    }, id);
    await page.mouse.click(at.x, at.y);
  }

  /**
   * Clicks a small node (an inference) after centring it at zoom 2: at the default zoom another
   * node's label can lie over an inference's few pixels, depending on the order the layout got the
   * elements in, and the click would then pick that node.
   */
  async function clickNodeUpClose(id: string) {
    await page.evaluate((nodeId) => {
      const cy = (window as any).argmap.cy;
      cy.zoom(2);
      cy.center(cy.getElementById(nodeId));
    }, id);
    await clickNode(id);
  }

  describe('on the seed map', () => {
    beforeEach(() => openMap('editorial'));

    it('draws every node of the map the API has, under the service CSP', async () => {
      const { map } = await server.graphql('{ map(id: "editorial") { graph { nodes { id } } } }');
      expect(await ids('node')).toEqual(map.graph.nodes.map((n: { id: string }) => n.id).sort());
      expect(violations).toEqual([]);
    });

    it('draws the seed map with no two labels overlapping at the default zoom, and saves a screenshot', async () => {
      const boxes = (await page.evaluate(() =>
        (window as any).argmap.cy
          .nodes('.claim, .actor')
          .map((n: any) => n.renderedBoundingBox({ includeLabels: true, includeOverlays: false, includeUnderlays: false })),
      )) as Box[];
      const overlapping = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2),
      );
      expect(overlapping).toEqual([]);
      mkdirSync(`${repoRoot}/test-results/web`, { recursive: true });
      await page.screenshot({ path: `${repoRoot}/test-results/web/map-page.png` });
    });

    it('highlights exactly the claims that depend on an actor when the actor is picked', async () => {
      const { actor } = await server.graphql(`{ actor(id: "editorial:putin") { dependentClaims(first: 100) {
        edges { node { claim { id } } } pageInfo { hasNextPage } totalCount
      } } }`);
      await page.selectOption('#actor', 'editorial:putin');
      await page.waitForSelector('#graph[data-highlight="actor:editorial:putin"]');
      const dependents = actor.dependentClaims;
      expect(dependents.pageInfo.hasNextPage).toBe(false);
      const expected = [...new Set(dependents.edges.map((e: { node: { claim: { id: string } } }) => e.node.claim.id))].sort();
      expect(expected.length).toBeGreaterThan(3);
      expect(await ids('.dependent')).toEqual(expected);
      expect(await page.textContent('#details')).toContain(`${dependents.totalCount} claims depend on`);
    });

    it('highlights the reasoning chains of a clicked claim and shows it in the panel', async () => {
      const id = 'editorial:blandishments-have-failed';
      const { reasoningChains, claim } = await server.graphql(
        `{ claim(id: "${id}") { text } reasoningChains(conclusionId: "${id}", maxDepth: 10, first: 100) {
          edges { node { claims { id } inferences { id } } } pageInfo { hasNextPage }
        } }`,
      );
      await clickNode(id);
      await page.waitForSelector(`#graph[data-highlight="claim:${id}"]`);
      expect(reasoningChains.pageInfo.hasNextPage).toBe(false);
      const onChains = new Set<string>([id]);
      for (const { node } of reasoningChains.edges) for (const e of [...node.claims, ...node.inferences]) onChains.add(e.id);
      expect(onChains.size).toBeGreaterThan(3);
      expect(await ids('node.chain')).toEqual([...onChains].sort());
      expect(await page.textContent('#details')).toContain(claim.text);
    });

    it("shows a clicked inference's critical questions, the open ones marked and the answers named", async () => {
      const id = 'editorial:inf-cost-means-fine-tuning';
      await clickNodeUpClose(id);
      await page.waitForSelector(`#graph[data-highlight="inference:${id}"]`);
      const items = await page.$$eval('#details li.question', (lis) => lis.map((li) => [li.className, li.textContent]));
      expect(items.map(([className]) => className)).toEqual([
        'question question-OPEN',
        'question question-ANSWERED',
        'question question-OPEN',
        'question question-ANSWERED',
        'question question-OPEN',
      ]);
      expect(items[1]![1]).toContain('The only conceivable way of bringing Putin to the negotiating table');
      expect(await page.textContent('#details h2:nth-of-type(2)')).toBe('Critical questions (3 open)');
    });

    it('focuses on a clicked claim and its neighbours, with Back to the whole map', async () => {
      const all = (await ids('node')).length;
      await clickNode('editorial:blandishments-have-failed');
      await page.waitForSelector('#graph[data-highlight="claim:editorial:blandishments-have-failed"]');
      await page.fill('#depth', '1');
      await page.click('#focus');
      await page.waitForSelector('#graph[data-focus="editorial:blandishments-have-failed:1"]');
      const shown = await ids('node:visible');
      expect(shown).toContain('editorial:blandishments-have-failed');
      expect(shown.length).toBeLessThan(all / 2);
      await page.click('#back');
      await page.waitForSelector('#graph[data-focus=""]');
      expect((await ids('node:visible')).length).toBe(all);
    });

    it('finds claims by their text', async () => {
      const { map } = await server.graphql('{ map(id: "editorial") { graph { nodes { id kind label } } } }');
      const expected = map.graph.nodes
        .filter((n: { kind: string; label: string }) => n.kind === 'CLAIM' && /patriot/i.test(n.label))
        .map((n: { id: string }) => n.id)
        .sort();
      await page.fill('#search', 'Patriot');
      expect(expected.length).toBeGreaterThan(0);
      expect(await ids('node.match')).toEqual(expected);
    });
  });

  it('says so when the map does not exist, or the API is down', async () => {
    const unknown = unknownMapId();
    await page.goto(`${server.origin}/maps/${unknown}`);
    await page.waitForSelector('html[data-state="not-found"]');
    expect(await page.textContent('#message')).toContain(`There is no map with id “${unknown}”`);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.origin}/maps/editorial`);
    await page.waitForSelector('html[data-state="error"]');
    expect(await page.textContent('#message')).toContain('Is the argmap service running?');
  });

  it('keeps every other node in place when a claim is added to the map', async () => {
    const mapId = uniqueMapId('stable-layout');
    const claims = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, text: `Claim number ${i} of a small map.` }));
    const inferences = Array.from({ length: 7 }, (_, i) => ({
      id: `i${i}`,
      premises: [`c${i + 1}`],
      conclusion: `c${Math.floor(i / 2)}`,
    }));
    const document = { format: 'argmap/map@1', map: { id: mapId, title: 'Stable layout' }, claims, inferences };
    const importMap = 'mutation ($d: JSONObject!) { importMap(document: $d) { created } }';
    await server.graphql(importMap, { d: document });
    const positions = () =>
      page.evaluate(() => Object.fromEntries((window as any).argmap.cy.nodes().map((n: any) => [n.id(), n.position()])));
    await openMap(mapId);
    const before = await positions();
    document.claims.push({ id: 'c8', text: 'A new premise, added later.' });
    document.inferences.push({ id: 'i7', premises: ['c8'], conclusion: 'c3' });
    await server.graphql(importMap, { d: document });
    await page.reload();
    await page.waitForSelector('html[data-state="ready"]');
    const after = await positions();
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length + 2);
    for (const [id, position] of Object.entries(before)) expect(after[id], id).toEqual(position);
  });
});
