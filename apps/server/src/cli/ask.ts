import { createReadStream, existsSync } from 'node:fs';
import readline from 'node:readline';

import { ANSWER_PAGE_ROWS, withWholeResult } from '../answerPaging';
import type { ChatEngine, ConversationTurn, RecordedAnswer as Answer } from '../engine';
import { CliError } from './CliError';
import { dbFile } from './dbFile';
import { routeFlag } from './routeFlag';

interface BatchQuestion {
  id: string;
  question: string;
  context?: string[];
  as_of?: string;
}

/** The eval's prediction line: the FULL result, never cut to a display limit. */
export function predictionLine(id: string, answer: Answer): string {
  return JSON.stringify(
    {
      id,
      sql: answer.sql,
      columns: answer.columns,
      rows: answer.rows,
      refused: answer.status === 'refused',
      text: answer.text,
      status: answer.status,
      reason: answer.reason,
      clarification: answer.clarification ?? null,
      interpretation: answer.interpretation,
      rowCount: answer.rowCount,
      truncated: answer.truncated,
    },
    (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v),
  );
}

const turnOf = (question: string, a: Answer): ConversationTurn => ({
  question,
  sql: a.sql,
  interpretation: a.interpretation,
  ...(a.understanding === undefined ? {} : { understanding: a.understanding }),
});

/** Asks the context turns first in one conversation, then the question; returns the last answer. */
export async function askWithContext(engine: ChatEngine, q: BatchQuestion, asOf: string | undefined): Promise<Answer> {
  const history: ConversationTurn[] = [];
  const opts = (h: ConversationTurn[]) => ({ history: [...h], ...(asOf ? { asOf } : {}) });
  for (const earlier of q.context ?? []) history.push(turnOf(earlier, await engine.ask(earlier, opts(history))));
  return engine.ask(q.question, opts(history));
}

/** The first rows of an answer as a text table, with how many more the result holds. */
function formatTable(answer: Answer, max = 20): string {
  const { columns, rows } = answer;
  const shown = rows
    .slice(0, max)
    .map((r) =>
      r.map((v) =>
        v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string),
      ),
    );
  const widths = columns.map((c, i) => Math.min(40, Math.max(c.length, ...shown.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, 40).padEnd(widths[i] ?? 0)).join(' | ');
  const out = [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...shown.map(line)];
  const more = Math.max(answer.rowCount, rows.length) - Math.min(max, rows.length);
  if (more > 0) out.push(`... ${answer.rowCountExact ? '' : 'at least '}${more.toLocaleString('en-US')} more row(s)`);
  return out.join('\n');
}

async function* readBatch(file: string): AsyncGenerator<BatchQuestion> {
  if (!existsSync(file)) throw new CliError(`--batch ${file} does not exist`);
  const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${file} line ${n}: not valid JSON`);
    }
    const q = value as Partial<BatchQuestion>;
    if (typeof q.question !== 'string' || q.question.trim() === '')
      throw new CliError(`${file} line ${n}: "question" must be a non-empty string`);
    if (q.context !== undefined && (!Array.isArray(q.context) || !q.context.every((c) => typeof c === 'string'))) {
      throw new CliError(`${file} line ${n}: "context" must be a list of strings`);
    }
    yield {
      id: typeof q.id === 'string' ? q.id : String(n),
      question: q.question,
      context: q.context ?? [],
      ...(q.as_of ? { as_of: q.as_of } : {}),
    };
  }
}

export async function runAsk(o: {
  question?: string;
  db: string;
  /** PostgreSQL instead of the SQLite file (the engine runs as the reader role it sets up with this URL). */
  databaseUrl?: string;
  asOf?: string;
  /** The routing instead of MUSAEID_ROUTE ('offline', 'offline-first' or 'llm'). */
  route?: string;
  json?: boolean;
  batch?: string;
}): Promise<void> {
  if (!o.batch && (o.question === undefined || o.question.trim() === '')) {
    throw new CliError('give a question (musaeid ask "How many events are there?") or --batch <file.jsonl>');
  }
  if (o.batch && o.question !== undefined) throw new CliError('give either a question or --batch, not both');
  const { isPostgresUrl } = await import('@musaeid/db');
  if (o.databaseUrl !== undefined && !isPostgresUrl(o.databaseUrl))
    throw new CliError(`--database-url must be postgres://user@host:port/database (got ${o.databaseUrl})`);
  const file = o.databaseUrl === undefined ? dbFile(o.db, { create: false }) : undefined;
  const { ConfigError, loadEnv } = await import('../env');
  try {
    loadEnv(); // .env, then the same validation as serve
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const core = await import('@musaeid/core');
  let llm;
  try {
    llm = core.resolveLlmConfig(process.env);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  let route;
  try {
    route = core.resolveRoute(process.env.MUSAEID_ROUTE, llm);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (o.route !== undefined) route = await routeFlag(o.route, llm);
  // The server's paging: an answer is its first page (read by the first-page walk where the compiler gives one);
  // a JSON prediction, which must hold the whole result, reads the rest on demand as `chat.result` does.
  const engine = await core.Engine.create({
    ...(file === undefined ? { databaseUrl: o.databaseUrl } : { dbFile: file }),
    llm,
    route,
    pageSize: ANSWER_PAGE_ROWS,
  });
  try {
    if (o.batch) {
      for await (const q of readBatch(o.batch)) {
        let answer: Answer;
        try {
          answer = await askWithContext(engine, q, q.as_of ?? o.asOf);
          if (o.json) answer = await withWholeResult(engine, answer);
        } catch (error) {
          const { failedAnswer } = await import('../services/ChatService');
          answer = failedAnswer(error);
        }
        process.stdout.write(
          o.json
            ? `${predictionLine(q.id, answer)}\n`
            : `[${q.id}] ${q.question}\n${answer.text}\n${answer.sql ? `SQL: ${answer.sql}\n` : ''}\n`,
        );
      }
      return;
    }
    const answer = await engine.ask((o.question ?? '').trim(), o.asOf ? { asOf: o.asOf } : {});
    if (o.json) {
      process.stdout.write(`${predictionLine('q', await withWholeResult(engine, answer))}\n`);
      return;
    }
    const parts = [answer.text];
    if (answer.interpretation) parts.push(`Understood as: ${answer.interpretation}`);
    if (answer.sql) parts.push(`SQL: ${answer.sql}`);
    if (answer.status === 'answered' && answer.columns.length > 0) parts.push(formatTable(answer));
    if (answer.reason) parts.push(`(${answer.status}: ${answer.reason.code})`);
    process.stdout.write(`${parts.join('\n\n')}\n`);
    if (answer.status === 'failed') process.exitCode = 2;
  } finally {
    await engine.close();
  }
}
