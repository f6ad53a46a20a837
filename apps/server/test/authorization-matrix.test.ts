/**
 * Authorization matrix: EVERY procedure of the router (enumerated from `appRouter`, so a new
 * procedure cannot be forgotten) x every kind of caller (no key, revoked key, disabled user's key,
 * another user's key, the owner's key, an admin's key), called over HTTP against the real server
 * process, with the expected outcome per cell. A procedure without an expectation fails the test.
 */
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type CreatedUser, freePort, prepareDatabase, ServerProcess, tmpDir } from '@musaeid/testkit';

import { appRouter } from '../src/root';
import { createUser } from './support/fixtures';
import { listProcedures, type ProcedureInfo } from './support/procedures';
import { callProcedure, type CallOutcome } from './support/trpcHttp';

const PRINCIPALS = ['none', 'revoked', 'disabled', 'other', 'user', 'admin'] as const;
type Principal = (typeof PRINCIPALS)[number];
type Expected = 'OK' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';
type Expectation = Record<Principal, Expected>;

const HTTP_STATUS: Record<Exclude<Expected, 'OK'>, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** Anyone, with or without a key. */
const PUBLIC: Expectation = { none: 'OK', revoked: 'OK', disabled: 'OK', other: 'OK', user: 'OK', admin: 'OK' };
/** Any valid key; nothing of anyone else's is involved. */
const ANY_KEY: Expectation = {
  none: 'UNAUTHORIZED',
  revoked: 'UNAUTHORIZED',
  disabled: 'UNAUTHORIZED',
  other: 'OK',
  user: 'OK',
  admin: 'OK',
};
/** A resource owned by `user`: everyone else (admins included) is told it does not exist. */
const OWNER_ONLY: Expectation = { ...ANY_KEY, other: 'NOT_FOUND', admin: 'NOT_FOUND' };
/** Admin role required. */
const ADMIN_ONLY: Expectation = { ...ANY_KEY, other: 'FORBIDDEN', user: 'FORBIDDEN' };

/** What the cases can refer to, created before the matrix runs. */
interface World {
  server: ServerProcess;
  keys: Record<Principal, string | null>;
  user: CreatedUser;
  /** Calls a procedure as one principal (for set-up and after-checks). */
  as: (principal: Principal, path: string, type: ProcedureInfo['type'], input?: unknown) => Promise<CallOutcome>;
  /** A fresh chat of `user`. */
  newChat: () => Promise<string>;
  /** An answered assistant message (with a stored result) of `user`. */
  answeredMessageId: string;
  /** An answer of `user`'s whose result has a chart (a count per country). */
  chartMessageId: string;
  /** A chat of `user` for the send/stream cells. */
  sharedChatId: string;
  /** A verified example (from `user`'s up-rating of the chart answer). */
  exampleId: string;
  /** A fresh verified example (an answer of `user`'s, rated up). */
  newExample: () => Promise<string>;
  /** A fresh glossary term: `user`'s personal one, or the workspace's (added by the admin). */
  newTerm: (scope: 'personal' | 'workspace') => Promise<string>;
}

interface Case {
  label?: string;
  expect: Expectation;
  /** The input for one cell (fresh resources per cell when the call may consume them). */
  input: (w: World) => Promise<unknown>;
  /** After a refused cell: the resource must be untouched. */
  untouched?: (w: World, input: unknown) => Promise<void>;
}

async function okData(outcome: Promise<CallOutcome>): Promise<unknown> {
  const o = await outcome;
  if (!o.ok) throw new Error(`set-up call failed: ${o.code} ${o.message}`);
  return o.data;
}

const chatStillThere = async (w: World, input: unknown): Promise<void> => {
  const { chatId } = input as { chatId: string };
  const got = (await okData(w.as('user', 'chat.get', 'query', { chatId }))) as {
    chat: { title: string };
    messages: unknown[];
  };
  expect(got.chat.title).toBe('matrix chat');
  expect(got.messages).toHaveLength(1);
};

/**
 * The expectations, one entry per procedure path. Add an entry for every new procedure: the
 * test below fails while one is missing (or when an entry names a procedure that does not exist).
 */
const MATRIX: Record<string, Case[]> = {
  health: [{ expect: PUBLIC, input: async () => ({}) }],
  'auth.me': [{ expect: ANY_KEY, input: async () => ({}) }],
  'chat.create': [{ expect: ANY_KEY, input: async () => ({ title: 'created by the matrix' }) }],
  'chat.list': [{ expect: ANY_KEY, input: async () => ({ limit: 5 }) }],
  'chat.get': [{ expect: OWNER_ONLY, input: async (w) => ({ chatId: await w.newChat() }) }],
  'chat.rename': [
    {
      expect: OWNER_ONLY,
      input: async (w) => ({ chatId: await w.newChat(), title: 'renamed by the matrix' }),
      untouched: chatStillThere,
    },
  ],
  'chat.delete': [
    { expect: OWNER_ONLY, input: async (w) => ({ chatId: await w.newChat() }), untouched: chatStillThere },
  ],
  'chat.send': [
    {
      expect: OWNER_ONLY,
      input: async (w) => ({ chatId: await w.newChat(), text: 'How many events are there?' }),
      untouched: chatStillThere,
    },
  ],
  'chat.stream': [
    {
      expect: OWNER_ONLY,
      input: async (w) => ({ chatId: await w.newChat(), text: 'How many companies are there?' }),
      untouched: chatStillThere,
    },
  ],
  'chat.result': [{ expect: OWNER_ONLY, input: async (w) => ({ messageId: w.answeredMessageId, limit: 5 }) }],
  'chat.exportCsv': [{ expect: OWNER_ONLY, input: async (w) => ({ messageId: w.answeredMessageId }) }],
  'chat.total': [{ expect: OWNER_ONLY, input: async (w) => ({ messageId: w.answeredMessageId }) }],
  'chat.chart': [{ expect: OWNER_ONLY, input: async (w) => ({ messageId: w.chartMessageId }) }],
  'data.schema': [{ expect: ANY_KEY, input: async () => ({}) }],
  'data.suggestions': [{ expect: ANY_KEY, input: async () => ({ limit: 3 }) }],
  'data.run': [{ expect: ANY_KEY, input: async () => ({ sql: 'SELECT count(*) AS n FROM events', limit: 5 }) }],
  'keys.create': [{ expect: ANY_KEY, input: async () => ({ name: 'matrix key' }) }],
  'keys.list': [{ expect: ANY_KEY, input: async () => ({}) }],
  'keys.revoke': [
    {
      expect: OWNER_ONLY,
      input: async (w) => {
        const created = (await okData(w.as('user', 'keys.create', 'mutation', { name: 'to revoke' }))) as {
          key: { id: string };
          apiKey: string;
        };
        return { keyId: created.key.id, _apiKey: created.apiKey };
      },
      untouched: async (w, input) => {
        // The refused revocation left the key working.
        const { _apiKey } = input as { _apiKey: string };
        const me = await callProcedure({
          baseUrl: w.server.url,
          path: 'auth.me',
          type: 'query',
          input: {},
          apiKey: _apiKey,
        });
        expect(me.ok).toBe(true);
      },
    },
  ],
  'admin.users.list': [{ expect: ADMIN_ONLY, input: async () => ({ limit: 5 }) }],
  'admin.users.create': [
    {
      expect: ADMIN_ONLY,
      input: async () => ({ email: `matrix-${Math.random().toString(36).slice(2)}@example.test` }),
    },
  ],
  'admin.users.disable': [
    {
      expect: ADMIN_ONLY,
      input: async (w) => {
        const created = (await okData(
          w.as('admin', 'admin.users.create', 'mutation', {
            email: `victim-${Math.random().toString(36).slice(2)}@example.test`,
          }),
        )) as { user: { id: string }; apiKey: string };
        return { userId: created.user.id, _apiKey: created.apiKey };
      },
      untouched: async (w, input) => {
        const { _apiKey } = input as { _apiKey: string };
        const me = await callProcedure({
          baseUrl: w.server.url,
          path: 'auth.me',
          type: 'query',
          input: {},
          apiKey: _apiKey,
        });
        expect(me.ok).toBe(true);
      },
    },
  ],
  'admin.users.issueKey': [
    {
      expect: ADMIN_ONLY,
      input: async (w) => {
        const created = (await okData(
          w.as('admin', 'admin.users.create', 'mutation', {
            email: `issued-${Math.random().toString(36).slice(2)}@example.test`,
          }),
        )) as { user: { id: string } };
        return { userId: created.user.id, name: 'matrix issued' };
      },
    },
  ],
  'message.rate': [
    {
      expect: OWNER_ONLY,
      input: async (w) => ({ messageId: w.answeredMessageId, rating: 'down', comment: 'rated by the matrix' }),
    },
  ],
  'examples.list': [{ expect: ADMIN_ONLY, input: async () => ({ limit: 5 }) }],
  'examples.update': [
    {
      expect: ADMIN_ONLY,
      input: async (w) => ({ exampleId: w.exampleId, question: 'How many events are there in each country?' }),
    },
  ],
  'examples.remove': [
    {
      expect: ADMIN_ONLY,
      input: async (w) => ({ exampleId: await w.newExample() }),
      untouched: async (w, input) => {
        const { exampleId } = input as { exampleId: string };
        const list = (await okData(w.as('admin', 'examples.list', 'query', { limit: 200 }))) as {
          items: { id: string }[];
        };
        expect(list.items.map((e) => e.id)).toContain(exampleId);
      },
    },
  ],
  'feedback.list': [{ expect: ADMIN_ONLY, input: async () => ({ limit: 5 }) }],
  'glossary.list': [{ expect: ANY_KEY, input: async () => ({}) }],
  'glossary.options': [{ expect: ANY_KEY, input: async () => ({ kind: 'countries', limit: 5 }) }],
  'glossary.upsert': [
    {
      label: 'a personal term',
      expect: ANY_KEY,
      input: async () => ({ term: 'matrix words', concept: { kind: 'phrase', text: 'events' } }),
    },
    {
      label: 'a workspace term',
      expect: ADMIN_ONLY,
      input: async () => ({ term: 'matrix shows', scope: 'workspace', concept: { kind: 'phrase', text: 'events' } }),
    },
  ],
  'glossary.remove': [
    {
      label: "the owner's personal term",
      expect: OWNER_ONLY,
      input: async (w) => ({ termId: await w.newTerm('personal') }),
    },
    {
      label: 'a workspace term',
      expect: ADMIN_ONLY,
      input: async (w) => ({ termId: await w.newTerm('workspace') }),
    },
  ],
  'usage.summary': [
    { label: 'own usage', expect: ANY_KEY, input: async () => ({ scope: 'me' }) },
    { label: 'everyone (scope all)', expect: ADMIN_ONLY, input: async () => ({ scope: 'all' }) },
  ],
};

/** Inputs carry helper fields prefixed with `_` for the after-checks; they are not sent. */
const wireInput = (input: unknown): unknown =>
  input !== null && typeof input === 'object'
    ? Object.fromEntries(Object.entries(input).filter(([k]) => !k.startsWith('_')))
    : input;

/** Plain HTTP routes that serve a procedure outside /trpc and /api (checked with that procedure's expectations). */
const EXTRA_GET_ROUTES: Record<string, (base: string, input: Record<string, unknown>) => string> = {
  'chat.exportCsv': (base, input) => `${base}/export/${encodeURIComponent(String(input.messageId))}.csv`,
};

/** The REST route of a procedure (`meta.openapi`), or null when it has none (subscriptions). */
function restRoute(p: ProcedureInfo): { method: string; path: string } | null {
  const openapi = (p.meta as { openapi?: { method?: string; path?: string } } | undefined)?.openapi;
  return openapi?.method && openapi.path ? { method: openapi.method, path: openapi.path } : null;
}

/** Path parameters from the input; the rest as query (GET, DELETE) or JSON body. */
function restRequest(
  base: string,
  route: { method: string; path: string },
  input: Record<string, unknown>,
): { url: string; body: string | null } {
  const rest = { ...input };
  const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(String(value));
  });
  if (route.method === 'GET' || route.method === 'DELETE') {
    const query = new URLSearchParams(
      Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    return { url: `${base}/api${path}${query ? `?${query}` : ''}`, body: null };
  }
  return { url: `${base}/api${path}`, body: JSON.stringify(rest) };
}

describe('authorization matrix', () => {
  const procedures = listProcedures(appRouter);
  const tmp = tmpDir('authz');
  const db = path.join(tmp.dir, 'authz.db');
  let world: World;

  beforeAll(async () => {
    await prepareDatabase(db, { data: 'demo', people: 200 });
    const [user, other, admin, disabled] = [
      await createUser(db, 'owner@example.test'),
      await createUser(db, 'other@example.test'),
      await createUser(db, 'admin@example.test', { admin: true }),
      await createUser(db, 'disabled@example.test'),
    ];
    if (!user || !other || !admin || !disabled) throw new Error('users not created');
    const server = new ServerProcess({ db, port: await freePort() });
    await server.start();
    const keys: Record<Principal, string | null> = {
      none: null,
      revoked: null,
      disabled: disabled.apiKey,
      other: other.apiKey,
      user: user.apiKey,
      admin: admin.apiKey,
    };
    const as: World['as'] = (principal, p, type, input) =>
      callProcedure({ baseUrl: server.url, path: p, type, input, apiKey: keys[principal], timeoutMs: 60_000 });

    // A second key of the owner, revoked; the disabled user's key stops working once disabled.
    const extra = (await okData(as('user', 'keys.create', 'mutation', { name: 'soon revoked' }))) as {
      key: { id: string };
      apiKey: string;
    };
    await okData(as('user', 'keys.revoke', 'mutation', { keyId: extra.key.id }));
    keys.revoked = extra.apiKey;
    await okData(as('admin', 'admin.users.disable', 'mutation', { userId: disabled.userId }));

    const newChat = async (): Promise<string> =>
      ((await okData(as('user', 'chat.create', 'mutation', { title: 'matrix chat' }))) as { chatId: string }).chatId;
    const sharedChatId = await newChat();
    let answeredMessageId: string | null = null;
    for (const question of ['How many events are there?', 'List the companies', 'How many people are there?']) {
      const exchange = (await okData(
        as('user', 'chat.send', 'mutation', { chatId: sharedChatId, text: question }),
      )) as {
        assistantMessage: { id: string; answer: { status: string; columns: string[] } | null };
      };
      if (
        exchange.assistantMessage.answer?.status === 'answered' &&
        exchange.assistantMessage.answer.columns.length > 0
      ) {
        answeredMessageId = exchange.assistantMessage.id;
        break;
      }
    }
    if (answeredMessageId === null) throw new Error('the offline engine answered none of the set-up questions');
    const charted = (await okData(
      as('user', 'chat.send', 'mutation', { chatId: sharedChatId, text: 'How many events are there in each country?' }),
    )) as { assistantMessage: { id: string } };
    const chartMessageId = charted.assistantMessage.id;
    const rateUp = async (messageId: string): Promise<string> => {
      const rated = (await okData(as('user', 'message.rate', 'mutation', { messageId, rating: 'up' }))) as {
        exampleId: string | null;
      };
      if (!rated.exampleId) throw new Error('an up-rated answer made no verified example');
      return rated.exampleId;
    };
    const exampleId = await rateUp(chartMessageId);
    const newExample = async (): Promise<string> => {
      const exchange = (await okData(
        as('user', 'chat.send', 'mutation', { chatId: await newChat(), text: 'How many events are there?' }),
      )) as { assistantMessage: { id: string } };
      return rateUp(exchange.assistantMessage.id);
    };
    let terms = 0;
    const newTerm = async (scope: 'personal' | 'workspace'): Promise<string> => {
      terms += 1;
      const created = (await okData(
        as(scope === 'personal' ? 'user' : 'admin', 'glossary.upsert', 'mutation', {
          term: `matrix term ${terms}`,
          scope,
          concept: { kind: 'phrase', text: 'events' },
        }),
      )) as { id: string };
      return created.id;
    };
    world = {
      server,
      newTerm,
      keys,
      user,
      as,
      newChat,
      answeredMessageId,
      chartMessageId,
      sharedChatId,
      exampleId,
      newExample,
    };
  });

  afterAll(async () => {
    await world?.server.stop('SIGTERM');
    tmp.cleanup();
  });

  it('has an expectation for every procedure of the router, and none for a procedure that does not exist', () => {
    const paths = procedures.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(10);
    expect(
      paths.filter((p) => !(p in MATRIX)),
      'procedures without an authorization expectation',
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((p) => !paths.includes(p)),
      'expectations for unknown procedures',
    ).toEqual([]);
  });

  it('answers every procedure x caller cell as expected (tRPC at /trpc)', async () => {
    const failures: string[] = [];
    let cells = 0;
    for (const procedure of procedures) {
      for (const c of MATRIX[procedure.path] ?? []) {
        for (const principal of PRINCIPALS) {
          cells += 1;
          const input = await c.input(world);
          const expected = c.expect[principal];
          const outcome = await world.as(principal, procedure.path, procedure.type, wireInput(input));
          const name = `${procedure.path}${c.label ? ` (${c.label})` : ''} as ${principal}`;
          const got = outcome.ok ? 'OK' : outcome.code;
          if (got !== expected) {
            failures.push(`${name}: expected ${expected}, got ${got}${outcome.ok ? '' : ` (${outcome.message})`}`);
            continue;
          }
          if (!outcome.ok && procedure.type !== 'subscription' && expected !== 'OK') {
            const status = HTTP_STATUS[expected];
            if (outcome.status !== status)
              failures.push(`${name}: ${expected} with HTTP ${outcome.status}, expected ${status}`);
          }
          if (!outcome.ok && c.untouched) {
            try {
              await c.untouched(world, input);
            } catch (error) {
              failures.push(`${name}: the refused call changed something: ${(error as Error).message}`);
            }
          }
        }
      }
    }
    console.log(`authorization matrix: ${procedures.length} procedures, ${cells} cells, ${failures.length} failures`);
    expect(failures).toEqual([]);
  }, 180_000);

  it('answers the same through the REST form (/api, every procedure with an OpenAPI route)', async () => {
    const failures: string[] = [];
    let cells = 0;
    const routed = procedures.filter((p) => restRoute(p) !== null);
    for (const procedure of routed) {
      const route = restRoute(procedure) as { method: string; path: string };
      for (const c of MATRIX[procedure.path] ?? []) {
        for (const principal of PRINCIPALS) {
          cells += 1;
          const input = wireInput(await c.input(world)) as Record<string, unknown>;
          const expected = c.expect[principal];
          const { url, body } = restRequest(world.server.url, route, input);
          const key = world.keys[principal];
          const res = await fetch(url, {
            method: route.method,
            headers: {
              ...(key ? { authorization: `Bearer ${key}` } : {}),
              ...(body ? { 'content-type': 'application/json' } : {}),
            },
            ...(body ? { body } : {}),
          });
          const text = await res.text();
          const ok = res.status >= 200 && res.status < 300;
          const want = expected === 'OK' ? '2xx' : String(HTTP_STATUS[expected]);
          const got = ok ? '2xx' : String(res.status);
          if (got !== want) {
            failures.push(
              `${route.method} ${route.path} (${procedure.path}) as ${principal}: expected ${want}, got ${res.status} ${text.slice(0, 160)}`,
            );
          }
        }
      }
    }
    // Other HTTP faces of a procedure, with the same rules.
    for (const [procedurePath, toUrl] of Object.entries(EXTRA_GET_ROUTES)) {
      for (const c of MATRIX[procedurePath] ?? []) {
        for (const principal of PRINCIPALS) {
          cells += 1;
          const url = toUrl(world.server.url, wireInput(await c.input(world)) as Record<string, unknown>);
          const key = world.keys[principal];
          const res = await fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });
          const text = await res.text();
          const expected = c.expect[principal];
          const want = expected === 'OK' ? '2xx' : String(HTTP_STATUS[expected]);
          const got = res.status >= 200 && res.status < 300 ? '2xx' : String(res.status);
          if (got !== want)
            failures.push(
              `GET ${url} (${procedurePath}) as ${principal}: expected ${want}, got ${res.status} ${text.slice(0, 160)}`,
            );
        }
      }
    }
    console.log(`authorization matrix (REST): ${routed.length} routes, ${cells} cells, ${failures.length} failures`);
    expect(routed.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  }, 180_000);
});
