/**
 * Debian's Chromium driven by playwright-core (which never downloads a browser): the binary is
 * ARGMAP_CHROMIUM, else `chromium` or `chromium-browser` on PATH (.ci/run installs `chromium`).
 * Headless, without the sandbox (CI runs as root) and without Chromium's background networking, so
 * the only requests a page makes are its own.
 */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

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
