/**
 * The SDK in a real headless Chromium against the live server: bundled for the browser (with its
 * dependencies, as an app's bundler would), served from the server's origin, it asks, streams over
 * SSE with the key in the Authorization header, and surfaces typed errors.
 * Skipped with a visible warning when /usr/bin/chromium is absent.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { sdkRoot } from '@musaeid/testkit';
import { chromiumAvailable, launchChromium } from '@musaeid/testkit/browser';

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>musaeid sdk</title>
<script type="module">
  import { createMusaeidClient, errorCode } from '/__sdk__/sdk.js';
  window.runSdk = async (apiKey) => {
    const client = createMusaeidClient({ url: location.origin, apiKey });
    const asked = await client.ask('How many events are there?');
    const stages = [];
    let streamedChatId = null;
    for await (const event of client.askStream('How many companies are there?', { chatId: asked.chatId })) {
      stages.push(event.type);
      if (event.type === 'stored') streamedChatId = event.exchange.assistantMessage.chatId;
    }
    let missing = null;
    try { await client.chat.get.query({ chatId: crypto.randomUUID() }); } catch (e) { missing = errorCode(e); }
    let unauthorized = null;
    const bad = createMusaeidClient({ url: location.origin, apiKey: 'not-a-key' });
    try { for await (const _ of bad.askStream('How many events are there?', { chatId: crypto.randomUUID() })) {} } catch (e) { unauthorized = errorCode(e); }
    return { status: asked.message.answer?.status ?? null, sameChat: streamedChatId === asked.chatId, stages, missing, unauthorized };
  };
  window.sdkReady = true;
</script>`;

describe.skipIf(!chromiumAvailable('SDK browser tests'))('in headless Chromium', () => {
  const server = inject('server');
  let browser: Browser | undefined;
  let bundleDir = '';
  let bundle = '';

  beforeAll(async () => {
    bundleDir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-sdk-browser-'));
    await build({
      config: false,
      entry: { sdk: path.join(sdkRoot, 'src/index.ts') },
      format: ['esm'],
      platform: 'browser',
      target: 'es2022',
      outDir: bundleDir,
      noExternal: [/.*/],
      dts: false,
      silent: true,
      tsconfig: path.join(sdkRoot, 'tsconfig.json'),
    });
    bundle = readFileSync(path.join(bundleDir, 'sdk.js'), 'utf8');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it('asks, streams with the Bearer key over SSE and reports typed errors', async () => {
    if (!browser) throw new Error('no browser');
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    const streamRequests: (string | undefined)[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      if (r.url().includes('/trpc/chat.stream')) streamRequests.push(r.headers()['authorization']);
    });
    // The page and the bundle come from the server's own origin, so the API calls are same-origin.
    await page.route(`${server.url}/__sdk__/**`, (route) =>
      route.request().url().endsWith('/sdk.js')
        ? route.fulfill({ contentType: 'text/javascript', body: bundle })
        : route.fulfill({ contentType: 'text/html', body: PAGE }),
    );
    await page.goto(`${server.url}/__sdk__/index.html`);
    await page.waitForFunction(() => (globalThis as unknown as { sdkReady?: boolean }).sdkReady === true);
    const result = await page.evaluate(
      (apiKey) => (globalThis as unknown as { runSdk: (key: string) => Promise<unknown> }).runSdk(apiKey),
      server.alice.apiKey,
    );
    expect(pageErrors).toEqual([]);
    expect(result).toEqual({
      status: 'answered',
      sameChat: true,
      stages: expect.arrayContaining(['sql', 'stored']) as unknown,
      missing: 'NOT_FOUND',
      unauthorized: 'UNAUTHORIZED',
    });
    expect(streamRequests).toContain(`Bearer ${server.alice.apiKey}`);
    await page.close();
  });
});
