import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { uniqueMapId } from '../support/api.ts';
import { launchChromium, cspViolations } from './browser.ts';
import { startWebServer, type WebServer } from './web-server.ts';

// The seed's two maps share entities (Putin, Trump) and same-claim links (the reply restates the
// editorial); a map of a test's own has neither, and the page must read as before for it.
describe('the map page across maps, in Chromium', () => {
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

  async function openMap(path: string) {
    await page.goto(`${server.origin}${path}`);
    await page.waitForSelector('html[data-state="ready"]');
  }

  /** Clicks a claim after centring it at zoom 2, where no other node's label lies over it. */
  async function clickClaim(id: string) {
    const at = await page.evaluate((nodeId) => {
      const cy = (window as any).argmap.cy;
      cy.zoom(2);
      cy.center(cy.getElementById(nodeId));
      const position = cy.getElementById(nodeId).renderedPosition();
      const rect = document.getElementById('graph')!.getBoundingClientRect();
      return { x: rect.left + position.x, y: rect.top + position.y };
    }, id);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(`#graph[data-highlight="claim:${id}"]`);
  }

  it("names a picked actor's entity, the same one in both seed maps", async () => {
    for (const [mapId, actorId] of [
      ['editorial', 'editorial:putin'],
      ['reply', 'reply:putin'],
    ] as const) {
      await openMap(`/maps/${mapId}`);
      await page.selectOption('#actor', actorId);
      await page.waitForSelector(`#graph[data-highlight="actor:${actorId}"]`);
      expect(await page.getAttribute('#details p.entity', 'data-entity-id')).toBe('vladimir-putin');
      expect(await page.textContent('#details p.entity')).toContain('Vladimir Putin');
    }
    expect(violations).toEqual([]);
  });

  it('links a claim to the same claim in the other map, whose page opens focused on it', async () => {
    const { reply, editorial } = await server.graphql(
      `{ reply: map(id: "reply") { title } editorial: map(id: "editorial") { title } }`,
    );
    await openMap('/maps/reply');
    await clickClaim('reply:trump-furious-with-putin');
    const link = '#details .same-claims a[data-claim-id="editorial:trump-angry-with-putin"]';
    expect(await page.textContent(link)).toBe(editorial.title);
    await page.click(link);
    await page.waitForURL(/\/maps\/editorial\?focus=editorial%3Atrump-angry-with-putin&n=2$/);
    await page.waitForSelector('html[data-state="ready"]');
    await page.waitForSelector('#graph[data-highlight="claim:editorial:trump-angry-with-putin"]');
    expect(await page.textContent('#details')).toContain('Donald Trump is angry with Vladimir Putin.');
    const back = '#details .same-claims a[data-claim-id="reply:trump-furious-with-putin"]';
    expect(await page.textContent(back)).toBe(reply.title);
    expect(violations).toEqual([]);
  });

  it('reads as before for a map with no entities and no same-claim links', async () => {
    const mapId = uniqueMapId('no-links');
    const document = {
      format: 'argmap/map@1',
      map: { id: mapId, title: 'No links' },
      actors: [{ id: 'ann', name: 'Ann', kind: 'PERSON' }],
      claims: [
        { id: 'a', text: 'A claim no other map makes.' },
        { id: 'b', text: 'Its premise.' },
      ],
      inferences: [{ id: 'i', premises: ['b'], conclusion: 'a' }],
      actorLinks: [{ actor: 'ann', claim: 'b', kind: 'ABOUT' }],
    };
    await server.graphql('mutation ($d: JSONObject!) { importMap(document: $d) { created } }', { d: document });
    await openMap(`/maps/${mapId}`);
    await clickClaim(`${mapId}:a`);
    expect(await page.$('#details .same-claims')).toBeNull();
    expect(await page.textContent('#details')).toContain('A claim no other map makes.');
    await page.selectOption('#actor', `${mapId}:ann`);
    await page.waitForSelector(`#graph[data-highlight="actor:${mapId}:ann"]`);
    expect(await page.textContent('#details p.entity')).toContain('not linked');
    expect(violations).toEqual([]);
  });
});
