import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { expectTrpcError } from '../testing/expectTrpcError';
import { createTestApp, type TestApp } from '../testing/testApp';

describe('glossary.list pages', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.cleanup());

  it('walks more terms than a page holds, personal first, each term once, in order', async () => {
    const admin = await app.caller(app.admin);
    const alice = await app.caller(app.alice);
    // Made-up words (no built-in word) meaning other words: nothing to check against the data.
    const workspace = Array.from({ length: 120 }, (_, i) => `zorbl ${String(i).padStart(3, '0')}`);
    for (const term of workspace)
      await admin.glossary.upsert({ term, concept: { kind: 'phrase', text: 'sponsors' }, scope: 'workspace' });
    const personal = ['quux one', 'quux two', 'quux three'];
    for (const term of personal) await alice.glossary.upsert({ term, concept: { kind: 'phrase', text: 'speakers' } });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await alice.glossary.list({ limit: 50, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...page.items.map((t) => t.term));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...[...personal].sort(), ...workspace]);
    // The default page holds 100; another user sees the workspace's terms only.
    const bobs = await (await app.caller(app.bob)).glossary.list({});
    expect(bobs.items).toHaveLength(100);
    expect(bobs.items[0]?.term).toBe('zorbl 000');
    expect(bobs.nextCursor).not.toBeNull();
  });

  it('refuses a cursor it did not make', async () => {
    const alice = await app.caller(app.alice);
    await expect(alice.glossary.list({ cursor: Buffer.from('x|zorbl').toString('base64url') })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/^cursor: /),
    });
    await expectTrpcError(alice.glossary.list({ cursor: 'not a cursor' }), 'BAD_REQUEST', 'cursor');
  });
});
