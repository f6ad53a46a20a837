/**
 * Runs corpus questions through the offline generator and judges them: recovered (the engine's statement
 * returns the expected answer, `equivalence.ts`), exact (its request equals the expected one, labels aside),
 * and the answer's status. Also builds the honesty variant of the corpus (an unknown content word injected)
 * and prints rates as a table.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { GeneratedQuery } from '../../SqlGenerator';
import type { OfflineSqlGenerator } from '../OfflineSqlGenerator';
import { fingerprint, matches, normalized, run, runRequest } from './equivalence';
import type { CorpusCase, Instance } from './grammar';
import { surface, withFiller } from './operators';
import { Random } from './random';
import { NONSENSE_ENDINGS, NONSENSE_SYLLABLES, UNMAPPED_CONSTRAINTS } from './vocabulary';

export type Status = 'answered' | 'clarify' | 'refused';

export interface Outcome {
  case: CorpusCase;
  status: Status;
  recovered: boolean;
  exact: boolean;
  /** What the engine did instead, for the failure listing. */
  note: string;
}

/** The answer status of a generator result ('clarify' for any kind other than a statement or a refusal). */
export function statusOf(r: GeneratedQuery): Status {
  const kind: string = r.kind;
  if (kind === 'sql') return 'answered';
  if (kind === 'refusal') return 'refused';
  return 'clarify';
}

function requestOf(r: GeneratedQuery): unknown {
  if (r.kind !== 'sql') return null;
  const u = r.understanding as { request?: unknown } | undefined;
  return u?.request ?? null;
}

export function evaluate(
  db: BetterSqlite3.Database,
  gen: OfflineSqlGenerator,
  cases: readonly CorpusCase[],
  asOf: string,
): Outcome[] {
  const expectedCache = new Map<string, ReturnType<typeof fingerprint>>();
  return cases.map((c) => {
    const key = normalized(c.expected);
    let expected = expectedCache.get(key);
    if (!expected) {
      expected = fingerprint(c.expected, runRequest(db, c.expected));
      expectedCache.set(key, expected);
    }
    const r = gen.generateSync({ question: c.question, history: [], asOf });
    const status = statusOf(r);
    if (r.kind !== 'sql') {
      return { case: c, status, recovered: false, exact: false, note: 'message' in r ? r.message : status };
    }
    let got;
    try {
      got = run(db, r.sql, r.params);
    } catch (error) {
      // a statement SQLite rejects is a wrong answer, reported with the error
      return { case: c, status, recovered: false, exact: false, note: `SQL error: ${String(error)}` };
    }
    const request = requestOf(r);
    const exact = request !== null && normalized(request as CorpusCase['expected']) === key;
    return { case: c, status, recovered: matches(expected, got), exact, note: r.interpretation };
  });
}

/** A made-up word no vocabulary or value is near ("blorptastic"). */
export function nonsenseWord(random: Random): string {
  return random.pick(NONSENSE_SYLLABLES) + random.pick(NONSENSE_ENDINGS);
}

const ENTITY_NOUN = /\b(events|companies|people|contacts|sponsors|partners|speakers|exhibitors|organizers)\b/;

/**
 * The honesty corpus: each instance asked with an unknown content word it cannot ignore, as an adjective of
 * its entity noun ("blorptastic sponsors") or as a trailing constraint ("with zundular sponsors"), plainly or
 * with filler. The right answer is a clarification or a refusal naming the word, never an answer.
 */
export function honestyCases(instances: readonly Instance[], seed: number): CorpusCase[] {
  const random = new Random(seed);
  return instances.flatMap((inst, i) => {
    const plain = random.pick(inst.plain);
    const word = nonsenseWord(random);
    const variants: [string, string][] = [];
    const outside = plain.replace(/«[^»]*»/g, (s) => '\u0000'.repeat(s.length));
    const at = outside.search(ENTITY_NOUN);
    if (at >= 0) variants.push(['adjective', `${plain.slice(0, at)}${word} ${plain.slice(at)}`]);
    const noun = random.pick(['sponsors', 'people', 'events', 'venues']);
    variants.push(['trailing', `${plain.replace(/\?$/, '')} with ${word} ${noun}`]);
    variants.push(['filler', withFiller(`${plain.replace(/\?$/, '')} that are ${word}`, random)]);
    // a real constraint the data has no column for, after the noun it narrows ("people who speak Spanish")
    // (drawn from a generator of its own, so the injections above stay as they were)
    const target = /\b(people|contacts|companies|events)\b/.exec(outside);
    const entity =
      target?.[1] === 'contacts' ? 'people' : (target?.[1] as 'people' | 'companies' | 'events' | undefined);
    if (target && entity) {
      const [, phrase] = new Random(seed + i).pick(UNMAPPED_CONSTRAINTS[entity]);
      const end = target.index + (target[1] ?? '').length;
      variants.push(['real-attribute', `${plain.slice(0, end)} ${phrase}${plain.slice(end)}`]);
    }
    return variants.map(([how, marked]) => ({
      id: `${inst.template}#${i}:unknown-${how}`,
      template: inst.template,
      operator: 'plain' as const,
      dateKind: inst.dateKind,
      question: surface(marked),
      expected: inst.expected,
    }));
  });
}

export interface Rate {
  key: string;
  n: number;
  hits: number;
  exact: number;
}

export function ratesBy(
  outcomes: readonly Outcome[],
  key: (o: Outcome) => string | null,
  hit: (o: Outcome) => boolean,
): Rate[] {
  const by = new Map<string, Rate>();
  for (const o of outcomes) {
    const k = key(o);
    if (k === null) continue;
    const r = by.get(k) ?? { key: k, n: 0, hits: 0, exact: 0 };
    r.n++;
    if (hit(o)) r.hits++;
    if (o.exact) r.exact++;
    by.set(k, r);
  }
  return [...by.values()].sort((a, b) => a.key.localeCompare(b.key));
}

const pct = (a: number, n: number): string => (n === 0 ? '-' : `${((100 * a) / n).toFixed(1)}%`);

/** A plain-text table of rates, with the total row last. */
export function rateTable(title: string, rates: readonly Rate[], withExact = true): string {
  const total = rates.reduce(
    (t, r) => ({ key: 'TOTAL', n: t.n + r.n, hits: t.hits + r.hits, exact: t.exact + r.exact }),
    {
      key: 'TOTAL',
      n: 0,
      hits: 0,
      exact: 0,
    },
  );
  const width = Math.max(title.length, ...rates.map((r) => r.key.length), 5);
  const head = `${title.padEnd(width)}  ${'n'.padStart(5)}  ${'ok'.padStart(5)}  ${'rate'.padStart(6)}${withExact ? `  ${'exact IR'.padStart(8)}` : ''}`;
  const line = (r: Rate): string =>
    `${r.key.padEnd(width)}  ${String(r.n).padStart(5)}  ${String(r.hits).padStart(5)}  ${pct(r.hits, r.n).padStart(6)}${withExact ? `  ${pct(r.exact, r.n).padStart(8)}` : ''}`;
  return [head, ...rates.map(line), line(total)].join('\n');
}
