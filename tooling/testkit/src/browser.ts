/**
 * The real browser of the browser tests: Debian's Chromium driven by playwright-core (never
 * `playwright install`, whose download host is unreachable here). A subpath of its own
 * (`@musaeid/testkit/browser`) so that tests without a browser do not load playwright-core.
 */
import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether the browser tests can run here. When they cannot, says so on the console naming the suite,
 * so that a machine without Chromium shows the skip instead of passing quietly.
 *
 * @example describe.skipIf(!chromiumAvailable('SDK browser tests'))('in headless Chromium', () => { ... });
 */
export function chromiumAvailable(suite: string): boolean {
  const available = existsSync(CHROMIUM_PATH);
  if (!available) console.warn(`SKIPPED ${suite}: ${CHROMIUM_PATH} is absent (apt-get install -y chromium)`);
  return available;
}

/**
 * Headless Chromium with its own background traffic (updates, sync, first-run pages) turned off: the
 * tests that check a page reaches nothing outside 127.0.0.1 then see only the page's own requests.
 * `--no-sandbox`: test machines and CI containers run as root, where Chromium's sandbox refuses to start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
