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
 * Collects what the browser reports as Content-Security-Policy violations, so a test can assert
 * there are none under the policy the service sends (src/server/http-app.ts; its header is checked
 * in tests/security/limits.test.ts). Each document must come with that header: a page served
 * without it would pass unchecked, so this fails the page's load instead.
 */
export async function cspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text().slice(0, 200));
  });
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document' && !response.headers()['content-security-policy'])
      violations.push(`${response.url()} came without a Content-Security-Policy`);
  });
  return violations;
}
