/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser): the binary is
 * ARGMAP_CHROMIUM, else `chromium` or `chromium-browser` on PATH (.ci/run installs `chromium`).
 * Headless, without the sandbox (CI runs as root) and without Chromium's background networking, so
 * the only requests a page makes are its own.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string {
  const configured = process.env.ARGMAP_CHROMIUM;
  if (configured) return configured;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error("no Chromium found: set ARGMAP_CHROMIUM or install Debian's chromium (apt-get install chromium)");
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * The Content-Security-Policy the security work (issue 8) plans to send, which the pages must work
 * under, plus `font-src 'self' data:`: GraphiQL inlines its fonts (Monaco's icons among them) as
 * data: URLs, which `default-src 'self'` alone would block.
 */
export const plannedCsp =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:";

/**
 * Serves the page's documents with plannedCsp added (whether or not the service sends one yet) and
 * collects what the browser reports as violations, so a test can assert there are none.
 */
export async function underPlannedCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 200));
  });
  await page.route(
    () => true,
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': plannedCsp } });
    },
  );
  return violations;
}
