import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createWebApp } from './webApp';

describe('createWebApp', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'musaeid-web-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.js'), 'nope');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is null when the app is not built (the server keeps its API index at /)', () => {
    expect(createWebApp(path.join(root, 'missing'))).toBeNull();
  });

  it('serves index.html at / (revalidated) and hashed assets (cached for good)', async () => {
    const app = createWebApp(dist);
    const index = await app?.('/');
    expect(index?.type).toContain('text/html');
    expect(index?.cacheControl).toBe('no-cache');
    expect(index?.body.toString()).toContain('<title>app</title>');
    const js = await app?.('/assets/index-abc.js');
    expect(js?.type).toContain('text/javascript');
    expect(js?.cacheControl).toContain('immutable');
  });

  it('serves nothing outside assets, missing files or paths that climb out of the folder', async () => {
    const app = createWebApp(dist);
    for (const p of [
      '/trpc',
      '/assets/none.js',
      '/assets/../../secret.js',
      '/assets/%2e%2e/%2e%2e/secret.js',
      '/assets/%E0',
    ]) {
      expect(await app?.(p)).toBeNull();
    }
  });
});
