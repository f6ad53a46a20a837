/**
 * Hostile input: a property-based fuzz (fast-check) of EVERY procedure's input, generated from the
 * router itself, sent over HTTP to the server's real HTTP stack running in this process (so that
 * Object.prototype and memory can be inspected). Random unicode, huge strings, deep objects, wrong
 * types, prototype-pollution keys, hostile superjson meta, broken JSON, wrong methods and content
 * types, odd Authorization headers. Every call must get a typed tRPC error or a valid answer (never
 * a 5xx or a dropped connection); afterwards the server still answers, Object.prototype is clean,
 * memory is bounded and the database is intact with no question left without an outcome.
 */
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

import fc from 'fast-check';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type CreatedUser, prepareDatabase, testSeed, tmpDir } from '@musaeid/testkit';

import { appRouter } from '../src/root';
import { ScriptedEngine } from '../src/testing/ScriptedEngine';
import { auditDatabase } from './support/audit';
import { createUser } from './support/fixtures';
import { startInProcessServer, type InProcessServer } from './support/inProcessServer';
import { listProcedures, type ProcedureInfo } from './support/procedures';
import {
  callProcedure,
  decodeResponse,
  describeFetchError,
  encodeQueryValue,
  readOutcome,
  subscribeFirst,
  TransportError,
  type CallOutcome,
} from './support/trpcHttp';
import { hostileString, procedureInputArbitrary, type KnownIds } from './support/zodArbitrary';

const RUNS_PER_PROCEDURE = Number(process.env.MUSAEID_FUZZ_RUNS ?? 60);
const GARBAGE_RUNS = Number(process.env.MUSAEID_FUZZ_GARBAGE_RUNS ?? 120);
/**
 * Resident memory (after a full GC) may grow by at most this much over the whole fuzz (caches, V8's heap, and
 * the allocator's arenas: bodies of up to the size limit peak near 900 MB, and glibc keeps much of what they
 * took). The live heap bound below is the leak check; this one catches a runaway outside the JS heap.
 */
const MAX_RSS_GROWTH_BYTES = 512 * 2 ** 20;
/** The live JS heap after a full GC may grow by at most this much: more means something keeps what it was sent. */
const MAX_HEAP_GROWTH_BYTES = 64 * 2 ** 20;

/** A full garbage collection, so that memory figures show what is retained rather than what is not yet collected. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  gc?.();
}

/** Codes a hostile call may get: anything typed, except a server fault. */
const ACCEPTED_CODES = new Set([
  'BAD_REQUEST',
  'PARSE_ERROR',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNPROCESSABLE_CONTENT',
  'TOO_MANY_REQUESTS',
  'CONFLICT',
  'PRECONDITION_FAILED',
  // Node's HTTP layer, before tRPC: URL, headers or body too large.
  'HTTP_413',
  'HTTP_414',
  'HTTP_431',
]);

const HOSTILE_METAS: unknown[] = [
  { values: { '__proto__.polluted': ['map'] } },
  { values: { 'constructor.prototype.polluted': [['custom', 'x']] } },
  { values: { __proto__: ['set'] } },
  { values: ['set'] },
  { values: { a: ['class', 'Object'] } },
  { values: { a: ['symbol', 'iterator'] } },
  { values: { a: [['custom', 'Decimal']] } },
  { values: { a: ['bigint'] } },
  { referentialEqualities: { __proto__: ['constructor.prototype'] } },
  { referentialEqualities: { '': ['__proto__.polluted'] } },
  { referentialEqualities: ['a.b'] },
  { values: 'garbage' },
  { v: 99 },
  null,
  [],
];

const POLLUTION_KEYS = ['polluted', 'isAdmin', 'role', 'yes'];

type Envelope = 'superjson' | 'raw' | 'meta' | 'batch' | 'notJson' | 'empty' | 'formdata' | 'octet' | 'wrongMethod';

interface FuzzRequest {
  input: unknown;
  envelope: Envelope;
  meta: unknown;
  auth: 'user' | 'admin' | { header: string };
  junk: string;
}

interface Anomaly {
  path: string;
  why: string;
  request: string;
}

function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(','))
    .join('|');
}

function serialise(input: unknown, envelope: Envelope, meta: unknown, junk: string): string | undefined {
  const json = (value: unknown): string => {
    try {
      return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
    } catch {
      // A cycle, or nesting deeper than JSON.stringify's stack: sent as its tag ('[object Object]'), which the server
      // must refuse. Not String(value): a null-prototype object has no toString and threw inside the fuzzer itself.
      return Object.prototype.toString.call(value);
    }
  };
  switch (envelope) {
    case 'empty':
      return '';
    case 'notJson':
      return junk;
    case 'raw':
      return json(input);
    case 'meta': {
      let jsonPart: unknown = null;
      try {
        jsonPart = superjson.serialize(input).json;
      } catch {
        jsonPart = null;
      }
      return json({ json: jsonPart ?? { a: 1 }, meta });
    }
    default:
      if (input === undefined) return undefined;
      try {
        return JSON.stringify(superjson.serialize(input));
      } catch {
        return json({ json: input });
      }
  }
}

const describeRequest = (r: FuzzRequest): string => {
  let text: string;
  try {
    text = JSON.stringify({ ...r, input: r.input }, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) ?? '';
  } catch {
    text = String(r.input);
  }
  return text.length > 400 ? `${text.slice(0, 400)}... (${text.length} chars)` : text;
};

/** Decodes a /trpc answer that may be a batch (array) into outcomes. */
function decodeAll(status: number, text: string): CallOutcome[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [decodeResponse(status, text)]; // an HTTP-level refusal, or a TransportError
  }
  if (Array.isArray(body)) return body.map((item) => decodeResponse(status, JSON.stringify(item)));
  return [decodeResponse(status, text)];
}

describe('fuzz every procedure', () => {
  const procedures = listProcedures(appRouter);
  const tmp = tmpDir('fuzz');
  const db = path.join(tmp.dir, 'fuzz.db');
  const seed = testSeed();
  const anomalies: Anomaly[] = [];
  const outcomes = new Map<string, number>();
  const okByPath = new Map<string, number>();
  let server: InProcessServer;
  let user: CreatedUser;
  let admin: CreatedUser;
  let ids: KnownIds;
  let rssBefore = 0;
  let heapBefore = 0;
  let rssPeak = 0;
  let protoBefore = '';
  let sampler: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    await prepareDatabase(db, { data: 'demo', people: 200 });
    user = await createUser(db, 'fuzz@example.test');
    admin = await createUser(db, 'fuzz-admin@example.test', { admin: true });
    const victim = await createUser(db, 'fuzz-victim@example.test');
    // MUSAEID_FUZZ_ENGINE=scripted fuzzes the API with the scripted test engine instead of the real one.
    server = await startInProcessServer({
      db,
      ...(process.env.MUSAEID_FUZZ_ENGINE === 'scripted' ? { engine: new ScriptedEngine() } : {}),
    });
    // Client and server share this event loop, and the sampling below blocks it for seconds: a connection pooled
    // before it would be reused after it although the server's idle timer ran out meanwhile (undici counts idle
    // time in timer ticks, which a blocked loop does not advance), and a request written as the server ends that
    // connection is lost. So the set-up pools no connection, and the warm-up, which opens the connections the fuzz
    // reuses, comes after the sampling.
    const as = (apiKey: string, p: string, type: ProcedureInfo['type'], input: unknown) =>
      callProcedure({ baseUrl: server.url, path: p, type, input, apiKey, headers: { connection: 'close' } });
    const chatIds: string[] = [];
    const messageIds: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const created = await as(user.apiKey, 'chat.create', 'mutation', {});
      if (!created.ok) throw new Error(`chat.create: ${created.message}`);
      const chatId = (created.data as { chatId: string }).chatId;
      chatIds.push(chatId);
      const sent = await as(user.apiKey, 'chat.send', 'mutation', { chatId, text: 'How many events are there?' });
      if (sent.ok) {
        const ex = sent.data as { userMessage: { id: string }; assistantMessage: { id: string } };
        messageIds.push(ex.userMessage.id, ex.assistantMessage.id);
      }
    }
    const key = await as(user.apiKey, 'keys.create', 'mutation', { name: 'fuzz target' });
    const keyId = key.ok ? (key.data as { key: { id: string } }).key.id : undefined;
    ids = { chatId: chatIds, messageId: messageIds, keyId: keyId ? [keyId] : [], userId: [victim.userId] };
    // Build every arbitrary and draw from it once: fast-check's own one-off caches (tens of MB) must
    // not count as the server's memory.
    for (const p of procedures) fc.sample(requestArbitrary(p), 10);
    // Warm up (engine caches, JIT) before taking the memory baseline.
    for (const p of procedures) {
      if (p.type !== 'subscription')
        await callProcedure({ baseUrl: server.url, path: p.path, type: p.type, input: {}, apiKey: user.apiKey }).catch(
          () => undefined,
        );
    }
    collectGarbage();
    rssBefore = process.memoryUsage().rss;
    heapBefore = process.memoryUsage().heapUsed;
    rssPeak = rssBefore;
    sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 100);
    protoBefore = prototypeSnapshot();
  });

  afterAll(async () => {
    clearInterval(sampler);
    await server?.close();
    tmp.cleanup();
  });

  async function send(p: ProcedureInfo, r: FuzzRequest): Promise<void> {
    const authorization =
      r.auth === 'user' ? `Bearer ${user.apiKey}` : r.auth === 'admin' ? `Bearer ${admin.apiKey}` : r.auth.header;
    const headers: Record<string, string> = { authorization };
    const encoded = serialise(r.input, r.envelope, r.meta, r.junk);
    const record = (key: string): void => {
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    };
    const flag = (why: string): void => {
      anomalies.push({ path: p.path, why, request: describeRequest(r) });
    };
    const check = (o: CallOutcome): void => {
      if (o.ok) okByPath.set(p.path, (okByPath.get(p.path) ?? 0) + 1);
      if (o.ok) record('ok');
      else {
        record(o.code);
        if (!ACCEPTED_CODES.has(o.code)) flag(`${o.code} (HTTP ${o.status}): ${o.message.slice(0, 300)}`);
        if (o.status >= 500) flag(`HTTP ${o.status} ${o.code}`);
      }
    };
    // Each hostile request (subscriptions too) on its own connection: generating a huge input, or the server
    // (in this process) digesting the previous one, can block the shared event loop past the keep-alive timeout,
    // and a pooled connection would then be reused as the server ends it (the race http.test.ts covers on its own).
    headers.connection = 'close';
    try {
      if (p.type === 'subscription' && r.envelope !== 'wrongMethod') {
        check(
          await subscribeFirst({
            baseUrl: server.url,
            path: p.path,
            type: p.type,
            rawInput: encoded,
            headers,
            timeoutMs: 30_000,
          }),
        );
        return;
      }
      const method =
        r.envelope === 'wrongMethod'
          ? p.type === 'mutation'
            ? 'GET'
            : 'POST'
          : p.type === 'mutation'
            ? 'POST'
            : 'GET';
      let url = `${server.url}/trpc/${p.path}`;
      let body: string | undefined;
      const batch = r.envelope === 'batch';
      if (batch) url = `${server.url}/trpc/${p.path},${p.path}?batch=1`;
      const payload = batch ? `{"0":${encoded ?? 'null'},"1":${encoded ?? 'null'}}` : encoded;
      if (method === 'GET') {
        if (payload !== undefined) url += `${batch ? '&' : '?'}input=${encodeQueryValue(payload)}`;
      } else {
        body = payload ?? '';
        headers['content-type'] =
          r.envelope === 'formdata'
            ? 'multipart/form-data; boundary=----fuzz'
            : r.envelope === 'octet'
              ? 'application/octet-stream'
              : 'application/json';
      }
      const res = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(30_000) });
      if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
        check(await readOutcome(res, p.path));
        return;
      }
      const text = await res.text();
      for (const o of decodeAll(res.status, text)) check(o);
    } catch (error) {
      flag(`no tRPC answer: ${error instanceof TransportError ? error.message : describeFetchError(error)}`);
    }
  }

  const arbitraries = new Map<string, fc.Arbitrary<FuzzRequest>>();
  const requestArbitrary = (p: ProcedureInfo): fc.Arbitrary<FuzzRequest> => {
    const cached = arbitraries.get(p.path);
    if (cached) return cached;
    const built = buildRequestArbitrary(p);
    arbitraries.set(p.path, built);
    return built;
  };
  const buildRequestArbitrary = (p: ProcedureInfo): fc.Arbitrary<FuzzRequest> =>
    fc.record({
      input: procedureInputArbitrary(p.inputs, ids),
      envelope: fc.oneof(
        { weight: 10, arbitrary: fc.constant<Envelope>('superjson') },
        {
          weight: 4,
          arbitrary: fc.constantFrom<Envelope>(
            'raw',
            'meta',
            'batch',
            'notJson',
            'empty',
            'formdata',
            'octet',
            'wrongMethod',
          ),
        },
      ),
      meta: fc.constantFrom(...HOSTILE_METAS),
      // Mostly a valid key (so that inputs reach the validators): the admin's for admin procedures.
      auth: fc.oneof(
        { weight: p.path.startsWith('admin.') ? 2 : 8, arbitrary: fc.constant<'user'>('user') },
        { weight: p.path.startsWith('admin.') ? 8 : 2, arbitrary: fc.constant<'admin'>('admin') },
        {
          weight: 1,
          arbitrary: fc
            .oneof(
              fc.string({ unit: 'binary-ascii', maxLength: 100 }),
              fc.string({ unit: 'binary-ascii', maxLength: 100 }).map((s) => `Bearer ${s}`),
              fc.constant(`Bearer msd_${'A'.repeat(6000)}`),
              fc.constant('Bearer msd_'),
              fc.constant(`Bearer ${user.apiKey} ${admin.apiKey}`),
              fc.constant(`Basic ${Buffer.from('a:b').toString('base64')}`),
            )
            .map((header) => ({ header: header.replace(/[^\t\x20-\x7e]/g, '') })),
        },
      ),
      junk: fc.oneof(
        hostileString(),
        fc.constantFrom('{', '{"json":', '[[[[', '{"json": {"a": 1}', 'null', '"json"', '{"0":{}}'),
      ),
    });

  it('enumerates the router', () => {
    expect(procedures.length).toBeGreaterThan(10);
    console.log(`fuzz: ${procedures.length} procedures x ${RUNS_PER_PROCEDURE} runs, seed ${seed}`);
  });

  // Procedures that consume the shared fixtures (the known chats, keys, users) run last.
  const DESTRUCTIVE = ['chat.delete', 'keys.revoke', 'admin.users.disable'];
  const ordered = [
    ...listProcedures(appRouter).filter((p) => !DESTRUCTIVE.includes(p.path)),
    ...listProcedures(appRouter).filter((p) => DESTRUCTIVE.includes(p.path)),
  ];
  for (const p of ordered) {
    it(`${p.path} (${p.type}) answers hostile input with typed errors or valid results`, async () => {
      const before = anomalies.length;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(p), async (r) => {
          await send(p, r);
        }),
        { numRuns: RUNS_PER_PROCEDURE, seed, endOnFailure: true },
      );
      if (process.env.MUSAEID_FUZZ_TRACE_MEMORY) {
        collectGarbage();
        console.log(`memory after ${p.path}: heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`);
      }
      const mine = anomalies.slice(before);
      expect(
        mine.slice(0, 5).map((a) => `${a.why} <- ${a.request}`),
        `${mine.length} bad answers for ${p.path}`,
      ).toEqual([]);
    }, 120_000);
  }

  it('answers garbage on unknown paths and raw requests without crashing', async () => {
    const before = anomalies.length;
    const paths = [
      'nope',
      '__proto__',
      'constructor',
      'chat.__proto__',
      'chat',
      'chat.send.x',
      '..%2F..%2Fetc',
      'health,health,health',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom('GET', 'POST'),
        hostileString(),
        async (p, method, junk) => {
          try {
            const res = await fetch(
              `${server.url}/trpc/${p}${method === 'GET' ? `?input=${encodeQueryValue(junk.slice(0, 2000))}` : ''}`,
              {
                method,
                headers: { authorization: `Bearer ${user.apiKey}`, 'content-type': 'application/json' },
                ...(method === 'POST' ? { body: junk } : {}),
                signal: AbortSignal.timeout(30_000),
              },
            );
            const text = await res.text();
            if (res.status >= 500)
              anomalies.push({
                path: p,
                why: `HTTP ${res.status}: ${text.slice(0, 200)}`,
                request: junk.slice(0, 100),
              });
          } catch (error) {
            anomalies.push({ path: p, why: `no answer: ${describeFetchError(error)}`, request: junk.slice(0, 100) });
          }
        },
      ),
      { numRuns: GARBAGE_RUNS, seed },
    );
    expect(anomalies.slice(before).slice(0, 5)).toEqual([]);
  }, 120_000);

  it('answers hostile paths on the other HTTP routes (/api, /export, /docs, /panel) without a 5xx', async () => {
    const before = anomalies.length;
    const segment = fc.oneof(
      hostileString().map((s) => encodeQueryValue(s.slice(0, 300))),
      fc.constantFrom(
        '%E0%A4%A',
        '%',
        '%%',
        '%00',
        '..%2f..%2f',
        '%2e%2e/%2e%2e',
        '%C0%AE',
        '__proto__',
        'constructor',
        '%uD800',
      ),
      fc.uuid(),
    );
    const route = fc.oneof(
      segment.map((s) => `/export/${s}.csv`),
      segment.map((s) => `/api/chats/${s}`),
      segment.map((s) => `/api/messages/${s}/result?offset=${s}`),
      segment.map((s) => `/api/keys/${s}`),
      segment.map((s) => `/api/${s}`),
      segment.map((s) => `/docs/${s}`),
      segment.map((s) => `/panel/${s}`),
      segment.map((s) => `/openapi.json?${s}`),
      segment.map((s) => `/healthz?${s}`),
      segment.map((s) => `/${s}`),
    );
    await fc.assert(
      fc.asyncProperty(
        route,
        fc.constantFrom('GET', 'POST', 'DELETE', 'PATCH'),
        fc.boolean(),
        async (target, method, withKey) => {
          try {
            const res = await fetch(`${server.url}${target}`, {
              method,
              headers: {
                'content-type': 'application/json',
                ...(withKey ? { authorization: `Bearer ${user.apiKey}` } : {}),
              },
              ...(method === 'GET' ? {} : { body: '{"title":"x"}' }),
              signal: AbortSignal.timeout(30_000),
            });
            const text = await res.text();
            if (res.status >= 500)
              anomalies.push({
                path: target,
                why: `${method} HTTP ${res.status}: ${text.slice(0, 200)}`,
                request: target.slice(0, 200),
              });
          } catch (error) {
            anomalies.push({
              path: target,
              why: `${method}: no answer: ${describeFetchError(error)}`,
              request: target.slice(0, 200),
            });
          }
        },
      ),
      {
        numRuns: GARBAGE_RUNS,
        seed,
        // Always tried: paths that once answered 500 (a malformed escape, Object.prototype names).
        examples: [
          ['/export/%.csv', 'GET', true],
          ['/export/%E0%A4%A.csv', 'GET', false],
          ['/docs/__proto__', 'GET', false],
          ['/docs/constructor', 'PATCH', true],
          ['/docs/toString', 'GET', false],
        ],
      },
    );
    const mine = anomalies.slice(before);
    expect(
      mine.slice(0, 5).map((a) => `${a.why} <- ${a.request}`),
      `${mine.length} 5xx answers`,
    ).toEqual([]);
  }, 120_000);

  it('survives malformed HTTP at the socket level', async () => {
    const { port } = new URL(server.url);
    const key = user.apiKey;
    const raw = [
      `GET /trpc/auth.me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\u0013\u0000\r\n\r\n`,
      `POST /trpc/chat.create HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      `POST /trpc/chat.create HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"json":`,
      `POST /trpc/chat.create HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n`,
      `GET /trpc/${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      `GET /trpc/health HTTP/1.1\r\nHost: x\r\n${'X-Filler: y\r\n'.repeat(3000)}\r\n`,
      `\u0000\u0001\u0002 garbage \r\n\r\n`,
      `GET /trpc/health?input=%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n`,
      `POST /trpc/chat.create HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nffffffffff\r\n{}\r\n`,
    ];
    const net = await import('node:net');
    for (const request of raw) {
      const answer = await new Promise<string>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1');
        let data = '';
        socket.setTimeout(3_000, () => socket.destroy());
        socket.on('data', (chunk) => (data += chunk.toString('latin1')));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
        socket.write(request, 'latin1', () => socket.end());
      });
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
      // Either refused by the HTTP parser / tRPC (4xx), answered, or closed: never a 5xx.
      if (status !== undefined && status.startsWith('5')) {
        anomalies.push({ path: 'raw socket', why: `HTTP ${status}`, request: JSON.stringify(request.slice(0, 120)) });
      }
    }
    const health = await callProcedure({ baseUrl: server.url, path: 'health', type: 'query', input: {} });
    expect(health.ok).toBe(true);
    expect(anomalies.filter((a) => a.path === 'raw socket')).toEqual([]);
  }, 60_000);

  it('is still up, unpolluted, within its memory bound, and left the database intact', async () => {
    clearInterval(sampler);
    const health = await callProcedure({ baseUrl: server.url, path: 'health', type: 'query', input: {} });
    expect(health.ok).toBe(true);
    const healthz = await fetch(`${server.url}/healthz`);
    expect(healthz.status).toBe(200);
    const me = await callProcedure({
      baseUrl: server.url,
      path: 'auth.me',
      type: 'query',
      input: {},
      apiKey: admin.apiKey,
    });
    expect(me.ok).toBe(true);

    expect(prototypeSnapshot()).toBe(protoBefore);
    const probe: Record<string, unknown> = {};
    for (const key of POLLUTION_KEYS) expect(probe[key], `Object.prototype.${key}`).toBeUndefined();

    collectGarbage();
    const { rss: rssAfter, heapUsed: heapAfter } = process.memoryUsage();
    const mb = (n: number): number => Math.round(n / 2 ** 20);
    console.log(
      `fuzz: outcomes ${JSON.stringify(Object.fromEntries(outcomes))}; valid answers per procedure ${JSON.stringify(Object.fromEntries(okByPath))}; anomalies ${anomalies.length}; ` +
        `rss before ${mb(rssBefore)} MB, peak ${mb(rssPeak)} MB, after GC ${mb(rssAfter)} MB; ` +
        `heap before ${mb(heapBefore)} MB, after GC ${mb(heapAfter)} MB; seed ${seed} (fuzzer and server share this process)`,
    );
    expect(heapAfter - heapBefore, 'live heap growth').toBeLessThan(MAX_HEAP_GROWTH_BYTES);
    expect(rssAfter - rssBefore, 'resident memory growth').toBeLessThan(MAX_RSS_GROWTH_BYTES);

    const audit = auditDatabase(db);
    expect(audit.integrity).toBe('ok');
    expect(audit.unanswered).toEqual([]);
    expect(audit.pending).toEqual([]);
    expect(audit.misplacedAnswers).toEqual([]);
  }, 60_000);
});
