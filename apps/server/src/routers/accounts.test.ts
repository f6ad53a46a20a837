import { randomUUID } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { expectTrpcError } from '../testing/expectTrpcError';
import { createTestApp, type TestApp } from '../testing/testApp';

describe('auth, keys, admin, usage and data routers', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.cleanup());

  it('auth.me returns the caller as a plain object', async () => {
    const me = await (await app.caller(app.alice)).auth.me({});
    expect(me).toEqual({ ...app.alice.user });
    expect(Object.getPrototypeOf(me)).toBe(Object.prototype);
  });

  it('creates keys shown once, lists them without the key, and revokes them', async () => {
    const alice = await app.caller(app.alice);
    const created = await alice.keys.create({ name: 'laptop' });
    expect(created.apiKey).toMatch(/^msd_/);
    expect(created.apiKey.startsWith(created.key.prefix)).toBe(true);
    expect((await app.store.users.authenticate(created.apiKey))?.user.id).toBe(app.alice.user.id);
    const listed = await alice.keys.list({});
    expect(listed.items.map((k) => k.name).sort()).toEqual(['default', 'laptop']);
    expect(JSON.stringify(listed)).not.toContain(created.apiKey);
    const stored = app.sqlite.prepare('SELECT "hash" FROM "api_keys" WHERE "id" = ?').get(created.key.id) as {
      hash: string;
    };
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.hash).not.toContain(created.apiKey);
    const revoked = await alice.keys.revoke({ keyId: created.key.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await app.store.users.authenticate(created.apiKey)).toBeNull();
    // Bob cannot revoke Alice's key.
    await expectTrpcError((await app.caller(app.bob)).keys.revoke({ keyId: listed.items[0]!.id }), 'NOT_FOUND');
  });

  it('rejects a tampered key with the right prefix', async () => {
    const tampered = `${app.alice.apiKey.slice(0, -2)}xx`;
    expect(await app.store.users.authenticate(tampered)).toBeNull();
    expect(await app.store.users.authenticate('msd_short')).toBeNull();
    expect(await app.store.users.authenticate('')).toBeNull();
  });

  it('admin procedures are FORBIDDEN to users and work for admins', async () => {
    const alice = await app.caller(app.alice);
    await expectTrpcError(alice.admin.users.list({}), 'FORBIDDEN');
    await expectTrpcError(alice.admin.users.create({ email: 'x@example.test' }), 'FORBIDDEN');
    await expectTrpcError(alice.usage.summary({ scope: 'all' }), 'FORBIDDEN');
    const admin = await app.caller(app.admin);
    const carol = await admin.admin.users.create({ email: 'Carol@Example.test' });
    expect(carol.user).toMatchObject({ email: 'carol@example.test', role: 'user', disabledAt: null });
    await expectTrpcError(admin.admin.users.create({ email: 'carol@example.test' }), 'CONFLICT');
    await expectTrpcError(admin.admin.users.create({ email: 'not-an-email' }), 'BAD_REQUEST', 'email');
    const list = await admin.admin.users.list({ limit: 2 });
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).not.toBeNull();
    const rest = await admin.admin.users.list({ limit: 10, cursor: list.nextCursor! });
    expect(rest.items).toHaveLength(2);
    const disabled = await admin.admin.users.disable({ userId: carol.user.id });
    expect(disabled.disabledAt).not.toBeNull();
    expect(await app.store.users.authenticate(carol.apiKey)).toBeNull();
    await expectTrpcError(admin.admin.users.disable({ userId: randomUUID() }), 'NOT_FOUND');
    await expectTrpcError(admin.admin.users.disable({ userId: app.admin.user.id }), 'BAD_REQUEST');
    await expectTrpcError(alice.usage.summary({ userId: app.bob.user.id }), 'FORBIDDEN');
    expect((await alice.usage.summary({ userId: app.alice.user.id })).users).toHaveLength(1);
    expect((await admin.usage.summary({ userId: app.bob.user.id })).users.map((u) => u.email)).toEqual([
      'bob@example.test',
    ]);
    const all = await admin.usage.summary({ scope: 'all' });
    expect(all.users.map((u) => u.email)).toContain('alice@example.test');
  });

  it('data.schema, data.suggestions and data.run (guarded, usage recorded)', async () => {
    const alice = await app.caller(app.alice);
    const schema = await alice.data.schema({});
    expect(schema.tables[0]?.name).toBe('events');
    const suggestions = await alice.data.suggestions({});
    expect(suggestions.suggestions.length).toBeGreaterThan(0);
    const run = await alice.data.run({ sql: 'SELECT "name" FROM "events"', limit: 2 });
    expect(run).toMatchObject({ status: 'answered', rowCount: 3, truncated: true });
    expect(run.rows).toHaveLength(2);
    const rejected = await alice.data.run({ sql: 'DELETE FROM "events"' });
    expect(rejected).toMatchObject({ status: 'failed', reason: { code: 'GUARD_REJECTED' } });
    await expectTrpcError(alice.data.run({ sql: '   ' }), 'BAD_REQUEST', 'sql');
    expect((await alice.usage.summary({})).users[0]?.sqlRuns).toBe(2);
    await expectTrpcError(alice.usage.summary({ month: '2024-13' }), 'BAD_REQUEST', 'month');
  });
});
