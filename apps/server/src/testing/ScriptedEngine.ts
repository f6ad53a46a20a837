import type {
  Answer,
  AskOptions,
  ChatEngine,
  ConversationTurn,
  ResultPage,
  ResultRequest,
  ResultSort,
  ResultTotal,
  Suggestion,
  TableInfo,
} from '../engine';

/** Rows of a scripted answer's first page (the rest is read with `page`, as from the real engine). */
const SCRIPTED_PAGE_ROWS = 100;

export interface AskCall {
  question: string;
  history: ConversationTurn[];
  asOf: string | undefined;
}

/** A complete answered Answer with overridable fields. */
export function answered(over: Partial<Answer> = {}): Answer {
  const rows = over.rows ?? [
    ['Alpha Summit', 'Singapore'],
    ['Beta Expo', 'Germany'],
    ['Gamma Forum', 'United States'],
  ];
  return {
    status: 'answered',
    reason: null,
    text: `Found ${rows.length} events.`,
    sql: 'SELECT "name", "country" FROM "events"',
    params: [],
    interpretation: 'events with their country',
    columns: ['name', 'country'],
    rows,
    rowCount: rows.length,
    rowCountExact: true,
    truncated: false,
    preview: rows.slice(0, 2),
    timings: { retrieveMs: 1, generateMs: 1, executeMs: 1, synthesizeMs: 1, totalMs: 4 },
    usage: [{ promptTokens: 1200, completionTokens: 300, provider: 'offline', model: null, estimated: true }],
    understanding: { topic: 'events' },
    path: 'offline',
    clarification: null,
    ...over,
  };
}

/** The turn state a scripted `clarify` answer leaves for the next turn (as the real engine's `understanding`). */
interface PendingClarification {
  pending: string;
  options: { id: string; label: string }[];
}

/**
 * A clarify answer for "... australia ...": the country or the event? Like the real engine, its
 * `understanding` holds the pending question and the options, so the next turn can continue it.
 */
export function clarifyAnswer(question: string): Answer {
  const options = [
    { id: 'o1', label: 'the country Australia' },
    { id: 'o2', label: 'the event Australia Tech Week' },
  ];
  const ask = 'Did you mean the country Australia or the event Australia Tech Week?';
  return answered({
    status: 'clarify',
    text: `${ask} (1) the country Australia, (2) the event Australia Tech Week`,
    sql: null,
    interpretation: null,
    columns: [],
    rows: [],
    rowCount: 0,
    preview: [],
    understanding: { pending: question, options } satisfies PendingClarification,
    clarification: { question: ask, part: 'australia', options },
  });
}

/** The option of a pending clarification that `reply` picks (by id, number or label words), if any. */
function chosenOption(reply: string, state: unknown): { pending: string; label: string } | null {
  const pending = state as Partial<PendingClarification> | undefined;
  if (!pending?.pending || !Array.isArray(pending.options)) return null;
  const text = reply.trim().toLowerCase();
  const option = pending.options.find(
    (o, i) => o.id === text || String(i + 1) === text || o.label.toLowerCase() === text,
  );
  return option ? { pending: pending.pending, label: option.label } : null;
}

/**
 * A test engine: answers by script (questions containing "delete" are refused, "explode" throws,
 * "australia" asks back which one (clarify), a reply naming an option continues that question,
 * "slow" waits for `release()`), reports progress like the real one and records every call.
 */
export class ScriptedEngine implements ChatEngine {
  readonly calls: AskCall[] = [];
  /** Whole results of the scripted answers by statement: an answer carries its first page, `page` the rest. */
  readonly #results = new Map<string, unknown[][]>();
  private gate: { promise: Promise<void>; release: () => void } | null = null;

  constructor(private readonly script: (question: string, call: AskCall) => Answer | Promise<Answer> = defaultScript) {}

  /** Makes "slow" questions wait until `release()`. */
  hold(): void {
    let release = () => {};
    const promise = new Promise<void>((r) => {
      release = r;
    });
    this.gate = { promise, release };
  }

  release(): void {
    this.gate?.release();
    this.gate = null;
  }

  async ask(question: string, opts: AskOptions = {}): Promise<Answer> {
    const call: AskCall = { question, history: opts.history ?? [], asOf: opts.asOf };
    this.calls.push(call);
    if (/slow/i.test(question) && this.gate) await this.gate.promise;
    const answer = this.#firstPage(await this.script(question, call));
    if (answer.status === 'answered') {
      if (answer.interpretation) opts.onProgress?.({ stage: 'understood', interpretation: answer.interpretation });
      if (answer.sql) opts.onProgress?.({ stage: 'sql', sql: answer.sql });
      opts.onProgress?.({ stage: 'rows', rowCount: answer.rowCount });
    }
    opts.onProgress?.({ stage: 'answer', text: answer.text });
    return answer;
  }

  async runSql(sql: string): Promise<Answer> {
    if (/\b(delete|drop|update|insert)\b/i.test(sql)) {
      return answered({
        status: 'failed',
        reason: { code: 'GUARD_REJECTED', message: 'only SELECT statements are allowed' },
        text: 'Only SELECT statements are allowed.',
        sql,
        columns: [],
        rows: [],
        rowCount: 0,
        preview: [],
        usage: [],
      });
    }
    return answered({ sql, usage: [] });
  }

  /** Pages the whole result of a scripted answer (as the real engine re-runs its statement). */
  page(request: ResultRequest, window: { offset: number; limit?: number; sort?: ResultSort }): Promise<ResultPage> {
    // Sorting is the database's (collation, NULLs, ties): tested with the real engine (resultSort.test.ts), never faked.
    if (window.sort) return Promise.reject(new Error('the scripted engine does not sort results'));
    const rows = request.sql === null ? undefined : this.#results.get(request.sql);
    if (!rows) return Promise.reject(new Error(`no scripted result for ${request.sql}`));
    const limit = window.limit ?? SCRIPTED_PAGE_ROWS;
    const end = window.offset + limit;
    return Promise.resolve({
      columns: [...(request.columns ?? [])],
      rows: rows.slice(window.offset, end),
      offset: window.offset,
      nextOffset: end < rows.length ? end : null,
    });
  }

  /** Counts the whole result of a scripted answer (as the real engine counts its statement to the end). */
  total(request: ResultRequest): Promise<ResultTotal> {
    const rows = request.sql === null ? undefined : this.#results.get(request.sql);
    if (!rows) return Promise.reject(new Error(`no scripted result for ${request.sql}`));
    return Promise.resolve({ rowCount: rows.length });
  }

  async *allRows(request: ResultRequest): AsyncGenerator<unknown[][], void, undefined> {
    let offset: number | null = 0;
    while (offset !== null) {
      const page: ResultPage = await this.page(request, { offset, limit: SCRIPTED_PAGE_ROWS });
      if (page.rows.length > 0) yield page.rows;
      offset = page.nextOffset;
    }
  }

  /** An answer cut to its first page, its whole result kept for `page`. */
  #firstPage(answer: Answer): Answer {
    if (answer.status !== 'answered' || answer.sql === null || answer.rows.length <= SCRIPTED_PAGE_ROWS) return answer;
    this.#results.set(answer.sql, answer.rows);
    return { ...answer, rows: answer.rows.slice(0, SCRIPTED_PAGE_ROWS), truncated: true };
  }

  /** Fixed example questions (the real engine verifies each against the data). */
  suggestQuestions(options: { asOf?: string; max?: number } = {}): Promise<Suggestion[]> {
    const all: Suggestion[] = [
      { question: 'Which events are held in Singapore?', topic: 'events' },
      { question: 'Which companies are sponsoring Alpha Summit?', topic: 'companies' },
      { question: 'How many people hold C-level titles?', topic: 'people' },
    ];
    return Promise.resolve(all.slice(0, options.max ?? 8));
  }

  schema(): TableInfo[] {
    return [
      {
        name: 'events',
        description: 'Events',
        columns: [
          { name: 'id', type: 'integer', nullable: false, description: 'Key' },
          { name: 'name', type: 'text', nullable: false, description: 'Event name' },
        ],
        primaryKey: ['id'],
        foreignKeys: [],
      },
    ];
  }

  async close(): Promise<void> {}
}

function defaultScript(question: string, call: AskCall): Answer {
  const choice = chosenOption(question, call.history.at(-1)?.understanding);
  if (choice) {
    return answered({
      interpretation: `${choice.pending} (${choice.label})`,
      text: `Found 3 events for ${choice.label}.`,
    });
  }
  if (/australia/i.test(question)) return clarifyAnswer(question);
  if (/explode/i.test(question)) throw Object.assign(new Error('model unavailable'), { code: 'LLM_ERROR' });
  if (/delete|drop/i.test(question)) {
    return answered({
      status: 'refused',
      reason: { code: 'MODIFICATION_REQUEST', message: 'I can only read data, not change it.' },
      text: 'I can only read data, not change it.',
      sql: null,
      interpretation: null,
      columns: [],
      rows: [],
      rowCount: 0,
      preview: [],
    });
  }
  if (/many rows/i.test(question)) {
    const rows = Array.from({ length: 250 }, (_, i) => [`Event ${i}`, i % 2 === 0 ? 'Singapore' : 'Germany, "West"']);
    return answered({ rows, rowCount: rows.length, preview: rows.slice(0, 10), text: 'Found 250 events.' });
  }
  return answered();
}
