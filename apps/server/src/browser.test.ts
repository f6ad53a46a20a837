/**
 * The panel (/panel, trpc-ui-zod4) and the docs (/docs, Swagger UI) in a real headless Chromium.
 * Skipped with a visible warning when /usr/bin/chromium is absent.
 */
import { existsSync } from 'node:fs';

import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from './testing/testServer';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`SKIPPED browser tests: ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const external: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url());
    });
    await page.goto(`${server.url}${path}`);
    expect(errors).toEqual([]);
    return page;
  }

  it('opens /panel, sets the API key with Headers, runs chat.create in form mode and shows the result', async () => {
    const page = await open('/panel');
    await page.getByText('Musaeid API').first().waitFor();

    await page.getByRole('button', { name: 'Headers' }).click();
    await page.getByRole('button', { name: /Add/ }).click();
    await page.getByPlaceholder('Enter value for Key', { exact: true }).fill('Authorization');
    await page.getByPlaceholder('Enter value for Value', { exact: true }).fill(`Bearer ${server.alice.apiKey}`);
    await page.getByRole('button', { name: /Confirm/ }).click();

    await page
      .getByRole('button', { name: /^ROUTER\s*chat/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^MUTATION\s*create/ })
      .first()
      .click();
    const title = page.locator('[id="json.title"]').first();
    await title.waitFor({ state: 'visible' });
    await title.fill('Made in the panel');
    await page
      .getByRole('button', { name: /Execute create/ })
      .first()
      .click();

    await page
      .getByText(/^Response \(/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .getByText(/chatId/)
      .first()
      .waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).toContain('Made in the panel');
    const chats = await server.client(server.alice.apiKey).chat.list.query({});
    expect(chats.items.map((c) => c.title)).toContain('Made in the panel');
    await page.close();
  });

  it('loads /docs (Swagger UI from local files) with the OpenAPI operations', async () => {
    const page = await open('/docs');
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Musaeid API' }).waitFor({ timeout: 15_000 });
    await page.locator('.opblock-summary-path').filter({ hasText: '/chats/{chatId}/messages' }).first().waitFor();
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    expect(paths.length).toBeGreaterThan(10);
    expect(external).toEqual([]);
    await page.close();
  });
});
