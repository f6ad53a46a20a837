/**
 * The panel (/panel, trpc-ui-zod4) and the docs (/docs, Swagger UI) in a real headless Chromium.
 * Skipped with a visible warning when /usr/bin/chromium is absent.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumAvailable, launchChromium } from '@musaeid/testkit/browser';

import { startTestServer, type TestServer } from './testing/testServer';

describe.skipIf(!chromiumAvailable('browser tests'))('in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const external: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
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

  it('opens /panel, sets the API key with Headers, runs keys.create in form mode and shows the result', async () => {
    const page = await open('/panel');
    await page.getByText('Musaeid API').first().waitFor();

    await page.getByRole('button', { name: 'Headers' }).click();
    await page.getByRole('button', { name: /Add/ }).click();
    await page.getByPlaceholder('Enter value for Key', { exact: true }).fill('Authorization');
    await page.getByPlaceholder('Enter value for Value', { exact: true }).fill(`Bearer ${server.alice.apiKey}`);
    await page.getByRole('button', { name: /Confirm/ }).click();

    await page
      .getByRole('button', { name: /^ROUTER\s*keys/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^MUTATION\s*create/ })
      .first()
      .click();
    // keys.create, not chat.create: the panel draws no form fields for an input with a `prefault` (chat.create's).
    // Every procedure with a `name` field renders its own (hidden until opened) input with this id.
    const name = page.locator('[id="json.name"]').filter({ visible: true }).first();
    await name.waitFor({ state: 'visible' });
    await name.fill('Made in the panel');
    await page
      .getByRole('button', { name: /Execute create/ })
      .first()
      .click();

    await page
      .getByText(/^Response \(/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page
      .getByText(/apiKey/)
      .first()
      .waitFor();
    const shown = await page.locator('body').innerText();
    expect(shown).toContain('Made in the panel');
    const keys = await server.client(server.alice.apiKey).keys.list.query({});
    expect(keys.items.map((k) => k.name)).toContain('Made in the panel');
    await page.close();
  });

  it('loads /docs (Swagger UI from local files) with the OpenAPI operations', async () => {
    const page = await open('/docs');
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Musaeid API' }).waitFor({ timeout: 15_000 });
    await page.locator('.opblock-summary-path').filter({ hasText: '/chats/{chatId}/messages' }).first().waitFor();
    const paths = await page.locator('.opblock-summary-path').allInnerTexts();
    expect(paths.length).toBeGreaterThan(10);
    // Learning from users (issue 13): ratings, verified examples, feedback, the glossary; usage with its paths.
    expect(paths).toEqual(
      expect.arrayContaining([
        '/messages/{messageId}/rating',
        '/examples',
        '/examples/{exampleId}',
        '/feedback',
        '/glossary',
        '/glossary/{termId}',
        '/usage',
      ]),
    );
    expect(external).toEqual([]);
    await page.close();
  });

  it('lists the learning procedures in /panel, each router opening onto its procedures', async () => {
    const page = await open('/panel');
    await page.getByText('Musaeid API').first().waitFor();
    const procedures: [string, string][] = [
      ['message', 'MUTATION\\s*rate'],
      ['examples', 'QUERY\\s*list'],
      ['feedback', 'QUERY\\s*list'],
      ['glossary', 'MUTATION\\s*upsert'],
      ['usage', 'QUERY\\s*summary'],
    ];
    for (const [router, procedure] of procedures) {
      const button = page.getByRole('button', { name: new RegExp(`^ROUTER\\s*${router}\\b`) }).first();
      await button.click();
      await page
        .getByRole('button', { name: new RegExp(`^${procedure}`) })
        .filter({ visible: true })
        .first()
        .waitFor();
      await button.click();
    }
    await page.close();
  });
});
