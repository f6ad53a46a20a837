import superjson from 'superjson';

/**
 * tRPC over plain HTTP, written out by hand so that tests can send anything (hostile bodies,
 * broken JSON, odd headers) and see exactly what the server answers. Non-batched calls:
 * queries GET `/trpc/<path>?input=`, mutations POST `/trpc/<path>`, subscriptions GET as SSE.
 */
export type ProcedureType = 'query' | 'mutation' | 'subscription';

export type CallOutcome =
  | { ok: true; status: number; data: unknown }
  | { ok: false; status: number; code: string; message: string; body: unknown };

export interface CallOptions {
  baseUrl: string;
  path: string;
  type: ProcedureType;
  input?: unknown;
  apiKey?: string | null;
  headers?: Record<string, string>;
  /** Raw request body or `input` query value (already serialised), bypassing superjson. */
  rawInput?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Thrown when the server did not answer with a tRPC response at all (connection refused, reset, timeout, garbage). */
export class TransportError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'TransportError';
  }
}

/** "fetch failed" plus undici's underlying reason (ECONNREFUSED, ECONNRESET, invalid header, ...). */
export function describeFetchError(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string; code?: string } };
  const cause = e.cause ? ` (${[e.cause.code, e.cause.message].filter(Boolean).join(': ')})` : '';
  return `${e.message ?? String(error)}${cause}`;
}

/** Percent-encodes any string for a query value (lone surrogates become U+FFFD, as a browser would send them). */
export function encodeQueryValue(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

function encodeInput(opts: CallOptions): string | undefined {
  if (opts.rawInput !== undefined) return opts.rawInput;
  if (opts.input === undefined) return undefined;
  return JSON.stringify(superjson.serialize(opts.input));
}

function headersFor(opts: CallOptions): Record<string, string> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.apiKey != null) headers.authorization = `Bearer ${opts.apiKey}`;
  return headers;
}

/**
 * Refusals by Node's HTTP layer before tRPC sees the request (URL, headers or body too large):
 * not tRPC answers, but answers. Reported with the code `HTTP_<status>`.
 */
export const HTTP_LEVEL_REJECTIONS: ReadonlySet<number> = new Set([413, 414, 431]);

/** Decodes a non-batched tRPC response body into an outcome. */
export function decodeResponse(status: number, text: string): CallOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    if (HTTP_LEVEL_REJECTIONS.has(status))
      return { ok: false, status, code: `HTTP_${status}`, message: text.slice(0, 200), body: text };
    throw new TransportError(`HTTP ${status}: not JSON: ${text.slice(0, 300)}`, cause);
  }
  if (body !== null && typeof body === 'object' && 'result' in body) {
    const result = (body as { result: { data?: unknown } }).result;
    const data = result.data === undefined ? undefined : superjson.deserialize(result.data as never);
    return { ok: true, status, data };
  }
  if (body !== null && typeof body === 'object' && 'error' in body) {
    const raw = body.error;
    const shape = (
      raw !== null && typeof raw === 'object' && 'json' in raw ? superjson.deserialize(raw as never) : raw
    ) as { message?: unknown; data?: { code?: unknown } } | null;
    const code = typeof shape?.data?.code === 'string' ? shape.data.code : 'UNKNOWN';
    const message = typeof shape?.message === 'string' ? shape.message : '';
    return { ok: false, status, code, message, body: shape };
  }
  throw new TransportError(`HTTP ${status}: not a tRPC response: ${text.slice(0, 300)}`);
}

/** Calls one procedure and returns its decoded outcome; throws {@link TransportError} on network failures. */
export async function callProcedure(opts: CallOptions): Promise<CallOutcome> {
  if (opts.type === 'subscription') return await subscribeFirst(opts);
  const encoded = encodeInput(opts);
  const signal = opts.signal ?? AbortSignal.timeout(opts.timeoutMs ?? 30_000);
  let res: Response;
  try {
    if (opts.type === 'query') {
      const query = encoded === undefined ? '' : `?input=${encodeQueryValue(encoded)}`;
      res = await fetch(`${opts.baseUrl}/trpc/${opts.path}${query}`, { headers: headersFor(opts), signal });
    } else {
      res = await fetch(`${opts.baseUrl}/trpc/${opts.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headersFor(opts) },
        body: encoded ?? '',
        signal,
      });
    }
  } catch (cause) {
    throw new TransportError(`${opts.path}: ${describeFetchError(cause)}`, cause);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (cause) {
    throw new TransportError(`${opts.path}: body: ${(cause as Error).message}`, cause);
  }
  return decodeResponse(res.status, text);
}

interface SseEvent {
  event: string;
  data: string;
}

async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        }
        if (data.length > 0 || event !== 'message') yield { event, data: data.join('\n') };
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The outcome of any /trpc response: JSON (single call), or an SSE stream (subscriptions, and
 * tRPC's answer to a POST to a subscription), read until it returns or fails.
 */
export async function readOutcome(res: Response, label: string, signal?: AbortSignal): Promise<CallOutcome> {
  const contentType = res.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream') || res.body === null) {
    return decodeResponse(res.status, await res.text());
  }
  const events: unknown[] = [];
  try {
    for await (const ev of readSse(res.body)) {
      if (ev.event === 'serialized-error') {
        const shape = superjson.deserialize<{ message?: string; data?: { code?: string } }>(
          JSON.parse(ev.data) as never,
        );
        return {
          ok: false,
          status: res.status,
          code: shape.data?.code ?? 'UNKNOWN',
          message: shape.message ?? '',
          body: shape,
        };
      }
      if (ev.event === 'return') break;
      if (ev.event === 'message' && ev.data !== '') {
        events.push(superjson.deserialize(JSON.parse(ev.data) as never));
      }
    }
  } catch (cause) {
    if (signal?.aborted) throw new TransportError(`${label}: subscription timed out`, cause);
    throw new TransportError(`${label}: ${(cause as Error).message}`, cause);
  }
  return { ok: true, status: res.status, data: events };
}

/**
 * Opens a subscription over SSE and collects its events until it returns or fails: success
 * carries every data event (deserialised), failure the serialised tRPC error.
 */
export async function subscribeFirst(opts: CallOptions): Promise<CallOutcome> {
  const encoded = encodeInput(opts);
  const query = encoded === undefined ? '' : `?input=${encodeQueryValue(encoded)}`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 30_000);
  try {
    let res: Response;
    try {
      res = await fetch(`${opts.baseUrl}/trpc/${opts.path}${query}`, {
        headers: { accept: 'text/event-stream', ...headersFor(opts) },
        signal: controller.signal,
      });
    } catch (cause) {
      throw new TransportError(`${opts.path}: ${describeFetchError(cause)}`, cause);
    }
    return await readOutcome(res, opts.path, controller.signal);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
