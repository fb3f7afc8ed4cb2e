import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/shared/repo-root.ts';
import { launchChromium, cspViolations } from './browser.ts';
import { startWebServer, type WebServer } from './web-server.ts';

describe('the explorer at GET /graphql, in Chromium', () => {
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

  it('loads with no request to anywhere but the service, under the service CSP, and answers its first example', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const violations = await cspViolations(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.origin}/graphql`);
    await page.waitForSelector('.graphiql-container');
    // The first tab is the reasoning chain example; run it as a user would.
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('FINAL_CONCLUSION'));
    const external = requests.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url));
    expect(external).toEqual([]);
    expect(violations).toEqual([]);
    expect(requests.some((url) => url === `${server.origin}/graphql`)).toBe(true);
    mkdirSync(`${repoRoot}/test-results/web`, { recursive: true });
    await page.screenshot({ path: `${repoRoot}/test-results/web/explorer.png` });
    await page.close();
  });
});
