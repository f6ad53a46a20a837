/**
 * `pnpm bench server [--json]`: the HTTP server under load, on the real data with the offline engine.
 *
 * - `chat.send` (POST /trpc/chat.send, superjson body, the questions of ../shared/eval/dev.jsonl
 *   cycled, questions only) at 1, 10 and 50 concurrent clients with autocannon, beside `health` in
 *   the same run (the framework's own ceiling).
 * - The server's own overhead: its p50 (one client, sequential) minus the p50 of executing the same
 *   SQL (the engine's SQL and parameters for the same questions) directly with better-sqlite3.
 * - A runaway query (data.run with a huge cross join) from one client while 10 clients send
 *   messages: their p99 with and without it.
 * - Fairness: another user keeps four runaway statements running (a recursive CTE that never
 *   ends, sent again as soon as the server stops it at its limit) while 10 clients send messages:
 *   their p99 beside the p99 without it (target: within 2x).
 * - The server's resident memory after 10,000 messages.
 *
 * Latency percentiles come from every response's own time (autocannon's per-response event, in
 * fractional milliseconds), not from autocannon's whole-millisecond histogram.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import {
  createUserWithCli,
  evalFile,
  freePort,
  hasRealData,
  makeTmp,
  realDataDir,
  removeTmp,
  runCliOk,
  ServerProcess,
} from '@musaeid/testkit';
import Database from 'better-sqlite3';

const require = createRequire(import.meta.url);

const CLIENT_LEVELS = [1, 10, 50] as const;
const SEND_SECONDS = Number(process.env.BENCH_SEND_SECONDS ?? 10);
const HEALTH_SECONDS = Number(process.env.BENCH_HEALTH_SECONDS ?? 5);
const MEMORY_MESSAGES = Number(process.env.BENCH_MEMORY_MESSAGES ?? 10_000);
const CHATS = 500;
const SEQUENTIAL_ROUNDS = 5;
/** Never ends on any data: only the server's statement limit stops it. */
const ENDLESS_STATEMENT = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS c FROM n';
const FAIRNESS_RUNAWAYS = 4;
const RUNAWAY_CANDIDATES = [
  'SELECT count(*) AS n FROM people a, people b, people c',
  'SELECT count(*) AS n FROM people a CROSS JOIN people b CROSS JOIN companies c',
  'SELECT count(*) AS n FROM people a JOIN people b ON a.id <> b.id JOIN people c ON b.id <> c.id',
];

/* ------------------------------------------------------------------------------------------- */
/* autocannon (no bundled types)                                                               */
/* ------------------------------------------------------------------------------------------- */

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  headers?: Record<string, string>;
  requests?: AutocannonRequest[];
  timeout?: number;
}
interface AutocannonResult {
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  requests: { total: number };
}
interface AutocannonInstance {
  on(event: 'response', fn: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
}
type Autocannon = (
  opts: AutocannonOptions,
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = require('autocannon') as Autocannon;

/* ------------------------------------------------------------------------------------------- */
/* figures                                                                                     */
/* ------------------------------------------------------------------------------------------- */

export interface Figure {
  name: string;
  clients: number;
  p50_ms: number | null;
  p99_ms: number | null;
  rps: number | null;
  samples: number;
  [extra: string]: unknown;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

function summarise(
  name: string,
  clients: number,
  latencies: number[],
  seconds: number,
  extra: Record<string, unknown> = {},
): Figure {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    name,
    clients,
    p50_ms: round(percentile(sorted, 50)),
    p99_ms: round(percentile(sorted, 99)),
    rps: round(latencies.length / seconds, 1),
    samples: latencies.length,
    ...extra,
  };
}

/* ------------------------------------------------------------------------------------------- */
/* processes                                                                                   */
/* ------------------------------------------------------------------------------------------- */

function rssOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: round(kb('VmRSS') / 1024, 1), peakMb: round(kb('VmHWM') / 1024, 1) };
}

/* ------------------------------------------------------------------------------------------- */
/* load                                                                                        */
/* ------------------------------------------------------------------------------------------- */

interface Question {
  question: string;
  asOf: string | undefined;
}

function loadQuestions(): { questions: Question[]; note: string | null } {
  if (existsSync(evalFile)) {
    const questions = readFileSync(evalFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { question: string; as_of?: string })
      .map((q) => ({ question: q.question, asOf: q.as_of }));
    return { questions, note: null };
  }
  const fallback = ['How many events are there?', 'List the companies in Singapore', 'How many people work in sales?'];
  return {
    questions: fallback.map((question) => ({ question, asOf: undefined })),
    note: `${evalFile} missing: 3 built-in questions cycled`,
  };
}

const sendBody = (chatId: string, q: Question): string =>
  JSON.stringify({ json: { chatId, text: q.question, ...(q.asOf ? { asOf: q.asOf } : {}) } });

interface LoadRun {
  latencies: number[];
  seconds: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<number, number>;
}

/** One autocannon run; every 2xx response's own time is kept. */
async function load(opts: AutocannonOptions): Promise<LoadRun> {
  const latencies: number[] = [];
  const statusCodes: Record<number, number> = {};
  const started = performance.now();
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon({ timeout: 60, ...opts }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return {
    latencies,
    seconds: (performance.now() - started) / 1000,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes,
  };
}

function chatSendRequests(chatIds: string[], questions: Question[], counter: { next: number }): AutocannonRequest[] {
  return [
    {
      method: 'POST',
      path: '/trpc/chat.send',
      setupRequest: (req) => {
        const i = counter.next++;
        return {
          ...req,
          body: sendBody(chatIds[i % chatIds.length] as string, questions[i % questions.length] as Question),
        };
      },
    },
  ];
}

/**
 * One tRPC call over a keep-alive node:http agent. Not `fetch`: undici adds about 1.5 ms of its own
 * per call on this machine, which would be counted as the server's overhead.
 */
const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });
async function trpc(
  url: string,
  apiKey: string,
  p: string,
  input: unknown,
  method: 'GET' | 'POST',
  agent: http.Agent = keepAlive,
): Promise<{ ms: number; body: unknown; status: number }> {
  const started = performance.now();
  const payload = JSON.stringify({ json: input });
  const target = new URL(
    method === 'POST' ? `${url}/trpc/${p}` : `${url}/trpc/${p}?input=${encodeURIComponent(payload)}`,
  );
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      target,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(method === 'POST'
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (method === 'POST') req.write(payload);
    req.end();
  });
  const body = JSON.parse(text) as unknown;
  return { ms: performance.now() - started, body, status };
}

/* ------------------------------------------------------------------------------------------- */
/* the suite                                                                                   */
/* ------------------------------------------------------------------------------------------- */

export async function benchServer(opts: { json: boolean }): Promise<void> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  const log = (line: string): void => {
    if (!opts.json) console.log(line);
  };
  const loadBefore = os.loadavg()[0] ?? 0;
  const work = makeTmp('bench-server');
  const db = path.join(work, 'bench.db');
  let server: ServerProcess | null = null;
  try {
    // 1. Data: the real CSVs (or demo data with a note), a user and key, the server.
    const cli = { timeoutMs: 1_800_000 };
    await runCliOk(['migrate', '--db', db], cli);
    let data: string;
    if (hasRealData) {
      await runCliOk(['ingest', '--from', realDataDir, '--db', db], cli);
      data = `real data (${realDataDir})`;
    } else {
      await runCliOk(['demo', '--db', db], cli);
      data = 'demo data';
      notes.push(`real data not found at ${realDataDir}: demo data used`);
    }
    const { apiKey } = await createUserWithCli(db, 'bench@example.test', cli);
    // Logs at info (one line per request, as in production) go to /dev/null.
    server = new ServerProcess({
      db,
      port: await freePort(),
      env: { MUSAEID_LOG_LEVEL: 'info' },
      discardStdout: true,
      startTimeoutMs: 120_000,
    });
    await server.start();
    const url = server.url;
    const pid = server.pid as number;
    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const { questions, note } = loadQuestions();
    if (note) notes.push(note);
    log(`data: ${data}; ${questions.length} questions cycled; server pid ${pid}; rss at start ${rssOf(pid).rssMb} MB`);

    const chatIds: string[] = [];
    for (let i = 0; i < CHATS; i += 1) {
      const r = await trpc(url, apiKey, 'chat.create', { title: `bench ${i}` }, 'POST');
      chatIds.push((r.body as { result: { data: { json: { chatId: string } } } }).result.data.json.chatId);
    }
    const counter = { next: 0 };
    let messages = 0;

    // 2. Warm-up (JIT, engine caches).
    const warm = await load({
      url,
      connections: 4,
      amount: 200,
      headers,
      requests: chatSendRequests(chatIds, questions, counter),
    });
    messages += warm.latencies.length;
    if (warm.non2xx > 0 || warm.errors > 0) {
      notes.push(`warm-up: ${warm.non2xx} non-2xx, ${warm.errors} errors (${JSON.stringify(warm.statusCodes)})`);
    }

    // 3. health beside chat.send at 1, 10, 50 clients.
    for (const clients of CLIENT_LEVELS) {
      const h = await load({ url: `${url}/trpc/health`, connections: clients, duration: HEALTH_SECONDS, headers });
      figures.push(summarise('health', clients, h.latencies, h.seconds, { non2xx: h.non2xx, errors: h.errors }));
      log(`health       ${clients} clients: done`);
      const s = await load({
        url,
        connections: clients,
        duration: SEND_SECONDS,
        headers,
        requests: chatSendRequests(chatIds, questions, counter),
      });
      messages += s.latencies.length;
      figures.push(summarise('chat.send', clients, s.latencies, s.seconds, { non2xx: s.non2xx, errors: s.errors }));
      log(`chat.send    ${clients} clients: done`);
    }

    // 4. A runaway query from one client while 10 clients send messages.
    let runaway: string | null = null;
    for (const sql of RUNAWAY_CANDIDATES) {
      const probe = await trpc(url, apiKey, 'data.run', { sql, limit: 1 }, 'POST');
      const json = (probe.body as { result?: { data: { json: { status: string; reason: { code: string } | null } } } })
        .result?.data.json;
      log(
        `runaway candidate: ${probe.ms.toFixed(0)} ms, ${json ? `${json.status}${json.reason ? ` ${json.reason.code}` : ''}` : `HTTP ${probe.status}`}: ${sql}`,
      );
      if (probe.ms > 1_000) {
        runaway = sql;
        notes.push(
          `runaway query: "${sql}" took ${Math.round(probe.ms)} ms alone (${json ? `${json.status}${json.reason ? ` ${json.reason.code}` : ''}` : `HTTP ${probe.status}`})`,
        );
        break;
      }
    }
    if (runaway === null)
      notes.push(
        'no runaway candidate ran longer than 1 s (the guard refused or the engine finished them): runaway figure not measured',
      );
    else {
      let stop = false;
      const runawayCalls: number[] = [];
      const loop = (async () => {
        while (!stop) {
          const r = await trpc(url, apiKey, 'data.run', { sql: runaway, limit: 1 }, 'POST');
          runawayCalls.push(r.ms);
        }
      })();
      await new Promise((r) => setTimeout(r, 200));
      const s = await load({
        url,
        connections: 10,
        duration: SEND_SECONDS,
        headers,
        requests: chatSendRequests(chatIds, questions, counter),
      });
      stop = true;
      messages += s.latencies.length;
      const baseline = figures.find((f) => f.name === 'chat.send' && f.clients === 10);
      figures.push(
        summarise('chat.send+runaway', 10, s.latencies, s.seconds, {
          non2xx: s.non2xx,
          errors: s.errors,
          baseline_p99_ms: baseline?.p99_ms ?? null,
        }),
      );
      await loop;
      notes.push(
        `runaway calls during the run: ${runawayCalls.length}, each ${runawayCalls.map((ms) => Math.round(ms)).join(', ')} ms`,
      );
      log('chat.send+runaway 10 clients: done');
    }

    // 4b. Fairness: another user keeps four runaway statements running while 10 clients send messages.
    {
      const other = await createUserWithCli(db, 'bench-runaways@example.test', cli);
      const hogAgent = new http.Agent({ keepAlive: true, maxSockets: FAIRNESS_RUNAWAYS });
      let stop = false;
      const outcomes: string[] = [];
      const hogs = Array.from({ length: FAIRNESS_RUNAWAYS }, async () => {
        while (!stop) {
          const r = await trpc(url, other.apiKey, 'data.run', { sql: ENDLESS_STATEMENT, limit: 1 }, 'POST', hogAgent);
          const json = (r.body as { result?: { data: { json: { reason: { code: string } | null } } } }).result?.data
            .json;
          outcomes.push(json ? (json.reason?.code ?? 'answered') : `HTTP ${r.status}`);
        }
      });
      // Let the four statements reach the pool first.
      await new Promise((r) => setTimeout(r, 1000));
      const s = await load({
        url,
        connections: 10,
        duration: SEND_SECONDS,
        headers,
        requests: chatSendRequests(chatIds, questions, counter),
      });
      stop = true;
      messages += s.latencies.length;
      const baseline = figures.find((f) => f.name === 'chat.send' && f.clients === 10);
      const figure = summarise('chat.send+other-user-4-runaways', 10, s.latencies, s.seconds, {
        non2xx: s.non2xx,
        errors: s.errors,
        baseline_p99_ms: baseline?.p99_ms ?? null,
      });
      figure.p99_ratio = baseline?.p99_ms && figure.p99_ms ? round(figure.p99_ms / baseline.p99_ms) : null;
      figures.push(figure);
      await Promise.all(hogs);
      hogAgent.destroy();
      const counts = outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});
      notes.push(`the other user's runaway statements during the fairness run ended as: ${JSON.stringify(counts)}`);
      log('chat.send+other-user-4-runaways 10 clients: done');
    }

    // 5. Overhead: the server's p50 (one client, sequential) minus the same SQL run directly.
    const serverSequential: number[] = [];
    /** Per request: client-measured time minus the engine's own latency as the server recorded it. */
    const outsideEngine: number[] = [];
    const statements: { sql: string; params: unknown[] }[] = [];
    for (let round = 0; round < SEQUENTIAL_ROUNDS; round += 1) {
      for (const [i, q] of questions.entries()) {
        const r = await trpc(
          url,
          apiKey,
          'chat.send',
          {
            chatId: chatIds[(round * questions.length + i) % chatIds.length],
            text: q.question,
            ...(q.asOf ? { asOf: q.asOf } : {}),
          },
          'POST',
        );
        if (r.status === 200) {
          serverSequential.push(r.ms);
          const latency = (
            r.body as { result?: { data?: { json?: { assistantMessage?: { answer?: { latencyMs?: number } } } } } }
          ).result?.data?.json?.assistantMessage?.answer?.latencyMs;
          if (typeof latency === 'number') outsideEngine.push(r.ms - latency);
        }
        messages += 1;
      }
    }
    figures.push(
      summarise('chat.send.sequential', 1, serverSequential, serverSequential.reduce((a, b) => a + b, 0) / 1000),
    );

    // The engine's SQL and parameters for the same questions (the engine in this process, offline).
    const core = await import('@musaeid/core');
    const engine = await core.Engine.create({ dbFile: db });
    const engineTimes: number[] = [];
    try {
      for (const q of questions) await engine.ask(q.question, q.asOf ? { asOf: q.asOf } : {}); // warm-up, not measured
      for (let round = 0; round < SEQUENTIAL_ROUNDS; round += 1) {
        for (const q of questions) {
          const started = performance.now();
          const answer = await engine.ask(q.question, q.asOf ? { asOf: q.asOf } : {});
          engineTimes.push(performance.now() - started);
          if (round === 0 && answer.sql) statements.push({ sql: answer.sql, params: answer.params });
        }
      }
    } finally {
      await engine.close();
    }
    figures.push(summarise('engine.ask.in-process', 1, engineTimes, engineTimes.reduce((a, b) => a + b, 0) / 1000));
    const direct = new Database(db, { readonly: true });
    const directTimes: number[] = [];
    try {
      for (const statement of statements) direct.prepare(statement.sql).all(...statement.params); // warm-up
      for (let round = 0; round < SEQUENTIAL_ROUNDS; round += 1) {
        for (const q of questions.keys()) {
          const statement = statements[q % Math.max(1, statements.length)];
          if (!statement) continue;
          const started = performance.now();
          direct.prepare(statement.sql).all(...statement.params);
          directTimes.push(performance.now() - started);
        }
      }
    } finally {
      direct.close();
    }
    const sqlFigure = summarise('sql.direct', 1, directTimes, directTimes.reduce((a, b) => a + b, 0) / 1000);
    figures.push(sqlFigure);
    const serverP50 = figures.find((f) => f.name === 'chat.send.sequential')?.p50_ms ?? Number.NaN;
    const engineP50 = figures.find((f) => f.name === 'engine.ask.in-process')?.p50_ms ?? Number.NaN;
    figures.push({
      name: 'server.overhead',
      clients: 1,
      p50_ms: round(serverP50 - (sqlFigure.p50_ms ?? Number.NaN)),
      p99_ms: null,
      rps: null,
      samples: serverSequential.length,
      engine_in_process_p50_ms: round(engineP50),
      outside_engine_p50_ms: round(
        percentile(
          [...outsideEngine].sort((a, b) => a - b),
          50,
        ),
      ),
      questions_with_sql: statements.length,
    });

    // 6. Memory after MEMORY_MESSAGES messages.
    if (messages < MEMORY_MESSAGES) {
      const s = await load({
        url,
        connections: 10,
        amount: MEMORY_MESSAGES - messages,
        headers,
        requests: chatSendRequests(chatIds, questions, counter),
      });
      messages += s.latencies.length + s.non2xx;
    }
    const memory = rssOf(pid);
    figures.push({
      name: 'server.rss',
      clients: 10,
      p50_ms: null,
      p99_ms: null,
      rps: null,
      samples: messages,
      rss_mb: memory.rssMb,
      peak_rss_mb: memory.peakMb,
    });

    // 7. Report.
    const loadAfter = os.loadavg()[0] ?? 0;
    const machine =
      `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ` +
      `${os.platform()} ${os.release()}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after` +
      (Math.max(loadBefore, loadAfter) > os.cpus().length
        ? ' (the machine was busy with other work: figures are pessimistic)'
        : '');
    if (opts.json) {
      for (const f of figures) console.log(JSON.stringify(f));
      for (const n of notes) console.error(`note: ${n}`);
      console.error(`machine: ${machine}; data: ${data}`);
      return;
    }
    console.log('');
    console.log('| name | clients | p50 ms | p99 ms | rps | samples | notes |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    for (const f of figures) {
      const { name, clients, p50_ms, p99_ms, rps, samples, ...extra } = f;
      const cell = (v: number | null): string => (v === null || Number.isNaN(v) ? '' : String(v));
      console.log(
        `| ${name} | ${clients} | ${cell(p50_ms)} | ${cell(p99_ms)} | ${cell(rps)} | ${samples} | ${Object.entries(
          extra,
        )
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(' ')} |`,
      );
    }
    const at10 = figures.find((f) => f.name === 'chat.send' && f.clients === 10);
    const overhead = figures.find((f) => f.name === 'server.overhead');
    const withRunaway = figures.find((f) => f.name === 'chat.send+runaway');
    console.log('');
    console.log('targets (reported, not asserted):');
    console.log(`- p99 chat.send at 10 clients < 100 ms: ${at10?.p99_ms ?? '?'} ms`);
    console.log(
      `- server overhead (p50 chat.send sequential - p50 same SQL direct) < 5 ms: ${overhead?.p50_ms ?? '?'} ms`,
    );
    console.log(
      `- p99 at 10 clients with a runaway query < 100 ms: ${withRunaway?.p99_ms ?? 'not measured'} ms (without: ${at10?.p99_ms ?? '?'} ms)`,
    );
    const fair = figures.find((f) => f.name === 'chat.send+other-user-4-runaways');
    console.log(
      `- p99 at 10 clients while another user keeps ${FAIRNESS_RUNAWAYS} runaway statements running, within 2x of the p99 without: ${fair?.p99_ms ?? '?'} ms (without: ${at10?.p99_ms ?? '?'} ms; ratio ${fair?.p99_ratio === undefined ? '?' : JSON.stringify(fair.p99_ratio)})`,
    );
    console.log(`- RSS after ${messages} messages < 300 MB: ${memory.rssMb} MB (peak ${memory.peakMb} MB)`);
    for (const n of notes) console.log(`note: ${n}`);
    console.log(`machine: ${machine}; data: ${data}; command: pnpm bench server${opts.json ? ' --json' : ''}`);
    console.log(
      'latencies: per-response times measured by autocannon (fractional ms), 2xx only; the server logs at info to /dev/null',
    );
  } finally {
    await server?.stop('SIGTERM');
    removeTmp(work);
  }
}
