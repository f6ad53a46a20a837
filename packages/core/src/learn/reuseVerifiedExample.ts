import type { GeneratedQuery } from '../generate/SqlGenerator';
import { compileRequest } from '../generate/offline/compile/compileRequest';
import { describeRequest } from '../generate/offline/compile/describeRequest';
import type { Request } from '../generate/offline/ir/Request';
import { normKey } from '../generate/offline/text/tokenize';
import { type OfflineUnderstanding, previousRequest } from '../generate/offline/understanding';
import { validateRequest } from '../generate/offline/validate/validateRequest';
import type { VerifiedExample } from './VerifiedExample';

/** The offline request of an example, when it holds a valid one. */
export function requestOf(example: VerifiedExample): Request | null {
  const understanding = { generator: 'offline', request: example.request };
  return previousRequest([{ question: example.question, sql: null, interpretation: null, understanding }]);
}

/** The verified request as the generator's answer, its interpretation saying where it comes from. */
function fromRequest(request: Request, note: string): GeneratedQuery | null {
  if (validateRequest(request)) return null; // a stored request the current rules no longer accept
  const compiled = compileRequest(request);
  const understanding: OfflineUnderstanding = { generator: 'offline', request };
  return {
    kind: 'sql',
    sql: compiled.sql,
    params: compiled.params,
    interpretation: `${describeRequest(request)} (${note})`,
    understanding,
  };
}

/**
 * A verified example asked again (the same words, whatever the casing, spacing or punctuation):
 * its confirmed request answers it, without reading the question again (the reading may have
 * needed a clarification the first time).
 * @example reuseExactExample('which events are in IRAK', [verified]) // the request confirmed for "Which events are in irak?"
 */
export function reuseExactExample(question: string, examples: readonly VerifiedExample[]): GeneratedQuery | null {
  const key = normKey(question);
  for (const example of examples) {
    if (normKey(example.question) !== key) continue;
    const request = requestOf(example);
    const reused = request ? fromRequest(request, `the verified answer to "${example.question}"`) : null;
    if (reused) return reused;
  }
  return null;
}

/** Condition kinds whose values are the question's slots (which event, company, place, period or job function). */
const SLOT_KINDS: ReadonlySet<string> = new Set([
  'ids',
  'notIds',
  'startBetween',
  'country',
  'city',
  'state',
  'venue',
  'jobFunction',
]);
const SLOT_FIELDS: ReadonlySet<string> = new Set(['ids', 'names', 'values', 'from', 'to', 'label', 'patterns']);

/** The request with the values of its slot conditions blanked: equal for the same question with other values. */
function signature(request: Request): string {
  return JSON.stringify(request, function (this: unknown, key, value: unknown) {
    const holder = this as { kind?: unknown };
    return typeof holder.kind === 'string' && SLOT_KINDS.has(holder.kind) && SLOT_FIELDS.has(key) ? '*' : value;
  });
}

/** True when two questions differ in one run of words only (the slot), the rest being the same words. */
function differInOneRun(a: string, b: string): boolean {
  const x = normKey(a).split(' ');
  const y = normKey(b).split(' ');
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  return head + tail < x.length && head + tail < y.length && head + tail > 0;
}

/**
 * The same question as a verified example with other values (another event, country or month):
 * when the question differs from the example in one run of words and its reading has the
 * example's request with only its slot values changed, the example's request with the slots
 * re-filled answers it, and the interpretation names the example.
 */
export function reuseExampleWithOtherValues(
  question: string,
  examples: readonly VerifiedExample[],
  generated: GeneratedQuery,
): GeneratedQuery | null {
  if (generated.kind !== 'sql') return null;
  const read = previousRequest([{ question, sql: null, interpretation: null, understanding: generated.understanding }]);
  if (!read) return null;
  const readSignature = signature(read);
  for (const example of examples) {
    const request = requestOf(example);
    if (!request || !differInOneRun(question, example.question) || signature(request) !== readSignature) continue;
    return fromRequest(read, `as verified for "${example.question}", with other values`);
  }
  return null;
}
