/**
 * Typing operators over free questions (no template, no expected request): a clean question is typed as users type
 * and the typed version must compile to the same SQL as the clean one. Independent of any question set: the clean
 * questions are the corpus's own (`CLEAN_QUESTIONS`) or any list given (the dev set's, by `pnpm bench typed`).
 *
 *   swap        two adjacent letters of one content word swapped ("sponsros")
 *   drop        one letter of one content word left out ("sponsrs")
 *   double      one letter of one content word typed twice ("sponssors")
 *   neighbour   one letter of one content word struck as a neighbouring key ("spobsors")
 *   short-swap  two letters swapped in one short word of two to four letters ("hwo", "fo", "adn", "nxet")
 *   short-drop  one letter after the first left out of one short word of three or four letters ("hve", "wht", "nxt")
 *   lower       all lower case, no closing question mark
 *   apostrophe  every apostrophe left out ("whats", "dont", "companys")
 *   chat        every word with a chat form written in it (`TEXTING_FORMS`: "ppl", "cos", "u", "w/", "b4")
 *
 * A letter operator never touches the first letter (it anchors the word) and picks a content word of five letters or
 * more (not a capitalised name's first word only: names are typed with slips too).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { OfflineSqlGenerator } from '../OfflineSqlGenerator';
import { Random } from './random';
import { KEYBOARD_NEIGHBOURS, TEXTING_FORMS } from './vocabulary';

export const TYPING_OPERATORS = [
  'swap',
  'drop',
  'double',
  'neighbour',
  'short-swap',
  'short-drop',
  'lower',
  'apostrophe',
  'chat',
] as const;
export type TypingOperator = (typeof TYPING_OPERATORS)[number];

/** Clean questions of the corpus's own, about the real data's kinds of things (events, companies, people). */
export const CLEAN_QUESTIONS: readonly string[] = [
  'Which events are taking place in Singapore next month?',
  'How many companies are sponsoring events in October 2024?',
  'List the marketing directors at companies exhibiting at events in Singapore.',
  'Which companies with more than 500 employees are attending events this year?',
  'Show me the speakers at events starting in the next 3 months.',
  'How many people work at companies based in Germany?',
  'What are the e-mail addresses of the sales people at sponsors of events in September?',
  'Which events have already taken place?',
  'Who are the chief executive officers of companies founded after 2010?',
  'How many events are there in each country?',
  'Which companies are partners of events in Malaysia?',
  'List the exhibitors at events in November 2024.',
  "What's the average number of employees of the sponsoring companies?",
  'Which events last longer than three days?',
  'Show the vice presidents of sales at companies in the United States.',
  "Who's speaking at events in Singapore before December?",
  'Which companies have revenue above 1 billion dollars?',
  'How many people in human resources are there at exhibitors?',
  "Don't include sponsors: which companies are speaking at events next year?",
  'List the technology companies attending events in the next 6 months.',
  'Which events in the first quarter of 2025 have the most companies?',
  'Find people in business development at companies sponsoring events.',
  'Which countries are the attending companies based in?',
  'How many events start between August and October?',
];

/** A content word of the question: letters only, long enough to be typed with a slip the operators make. */
interface Word {
  at: number;
  word: string;
}

function contentWords(question: string): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z]{5,}/g;
  for (let m = re.exec(question); m; m = re.exec(question)) out.push({ at: m.index, word: m[0] });
  return out;
}

/** One letter slip of the given kind in one content word; null when the question has no word for it. */
function letterSlip(question: string, kind: 'swap' | 'drop' | 'double' | 'neighbour', random: Random): string | null {
  const words = contentWords(question);
  if (words.length === 0) return null;
  const { at, word } = random.pick(words);
  const i = 1 + random.int(word.length - 1);
  const ch = word[i] ?? '';
  let typed: string;
  switch (kind) {
    case 'swap': {
      const j = i + 1 < word.length ? i + 1 : i - 1;
      if (j < 1 || word[j] === ch) return null;
      const [a, b] = j > i ? [i, j] : [j, i];
      typed = word.slice(0, a) + (word[b] ?? '') + (word[a] ?? '') + word.slice(b + 1);
      break;
    }
    case 'drop':
      typed = word.slice(0, i) + word.slice(i + 1);
      break;
    case 'double':
      typed = word.slice(0, i + 1) + ch + word.slice(i + 1);
      break;
    case 'neighbour': {
      const near = KEYBOARD_NEIGHBOURS[ch.toLowerCase()];
      if (!near) return null;
      const sub = near[random.int(near.length)] ?? ch;
      typed = word.slice(0, i) + (ch === ch.toUpperCase() ? sub.toUpperCase() : sub) + word.slice(i + 1);
      break;
    }
  }
  return typed === word ? null : question.slice(0, at) + typed + question.slice(at + word.length);
}

/** Two letters swapped in, or one left out of, one short word (the words of grammar: "how", "of", "and", "next"). */
function shortSlip(question: string, kind: 'short-swap' | 'short-drop', random: Random): string | null {
  const words: Word[] = [];
  const re = kind === 'short-swap' ? /\b[a-z]{2,4}\b/g : /\b[a-z]{3,4}\b/g;
  for (let m = re.exec(question); m; m = re.exec(question)) words.push({ at: m.index, word: m[0] });
  const usable = words.filter(({ word }) => new Set(word).size === word.length);
  if (usable.length === 0) return null;
  const { at, word } = random.pick(usable);
  const i = kind === 'short-swap' ? random.int(word.length - 1) : 1 + random.int(word.length - 1);
  const typed =
    kind === 'short-swap'
      ? word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2)
      : word.slice(0, i) + word.slice(i + 1);
  return question.slice(0, at) + typed + question.slice(at + word.length);
}

/** The question typed by one operator (null when the operator changes nothing in it). */
export function typedVersion(question: string, operator: TypingOperator, random: Random): string | null {
  switch (operator) {
    case 'lower': {
      const typed = question.toLowerCase().replace(/\?$/, '');
      return typed === question ? null : typed;
    }
    case 'apostrophe': {
      const typed = question.replace(/['’]/g, '');
      return typed === question ? null : typed;
    }
    case 'chat': {
      let changed = false;
      const typed = question.replace(/[A-Za-z]+/g, (word) => {
        const forms = TEXTING_FORMS[word.toLowerCase()];
        if (!forms) return word;
        changed = true;
        return random.pick(forms);
      });
      return changed ? typed : null;
    }
    case 'short-swap':
    case 'short-drop':
      return shortSlip(question, operator, random);
    default:
      return letterSlip(question, operator, random);
  }
}

export interface TypedOutcome {
  operator: TypingOperator;
  clean: string;
  typed: string;
  /** The typed version compiled to the clean version's SQL and parameters. */
  same: boolean;
  /** What the engine did with the typed version. */
  status: 'answered' | 'clarify' | 'refused';
}

/**
 * Each clean question the generator answers, typed by every operator `variants` times (seeded), asked, and compared
 * with the clean question's statement. Clean questions the generator does not answer are left out (there is nothing
 * to compare with).
 * @example measureTyping(gen, CLEAN_QUESTIONS, { asOf: '2024-07-15', seed: 27 })
 */
export function measureTyping(
  gen: OfflineSqlGenerator,
  questions: readonly string[],
  opts: { asOf: string; seed: number; variants?: number },
): TypedOutcome[] {
  const random = new Random(opts.seed);
  const key = (q: string): string | null => {
    const r = gen.generateSync({ question: q, history: [], asOf: opts.asOf });
    return r.kind === 'sql' ? `${r.sql}\u0000${JSON.stringify(r.params)}` : null;
  };
  const out: TypedOutcome[] = [];
  for (const clean of questions) {
    const expected = key(clean);
    if (expected === null) continue;
    for (const operator of TYPING_OPERATORS)
      for (let v = 0; v < (opts.variants ?? 1); v++) {
        const typed = typedVersion(clean, operator, random);
        if (typed === null) continue;
        const r = gen.generateSync({ question: typed, history: [], asOf: opts.asOf });
        const got = r.kind === 'sql' ? `${r.sql}\u0000${JSON.stringify(r.params)}` : null;
        const status = r.kind === 'sql' ? 'answered' : r.kind === 'refusal' ? 'refused' : 'clarify';
        out.push({ operator, clean, typed, same: got === expected, status });
      }
  }
  return out;
}

/** The share of typed versions compiled to the clean SQL, by operator, as a plain-text table (total last). */
export function typingTable(outcomes: readonly TypedOutcome[]): string {
  const rows = TYPING_OPERATORS.map((op) => {
    const xs = outcomes.filter((o) => o.operator === op);
    return {
      op,
      n: xs.length,
      same: xs.filter((o) => o.same).length,
      asked: xs.filter((o) => o.status !== 'answered').length,
    };
  });
  const all = {
    op: 'TOTAL',
    n: outcomes.length,
    same: outcomes.filter((o) => o.same).length,
    asked: outcomes.filter((o) => o.status !== 'answered').length,
  };
  const pct = (a: number, n: number): string => (n === 0 ? '-' : `${((100 * a) / n).toFixed(1)}%`);
  const line = (r: typeof all): string =>
    `${r.op.padEnd(10)}  ${String(r.n).padStart(4)}  ${String(r.same).padStart(4)}  ${pct(r.same, r.n).padStart(6)}  ${String(r.asked).padStart(5)}`;
  return [
    `${'operator'.padEnd(10)}  ${'n'.padStart(4)}  ${'same'.padStart(4)}  ${'rate'.padStart(6)}  asked`,
    ...rows.map(line),
    line(all),
  ].join('\n');
}

/**
 * One measurement over a database: the corpus's own clean questions and any given ones (the dev set's), each typed by
 * every operator, with the table of each (`pnpm bench typed`).
 * @example measureTypedQuestions(db, { asOf: '2024-07-15', questions: devQuestions }).text
 */
export function measureTypedQuestions(
  db: BetterSqlite3.Database,
  opts: { asOf: string; questions?: readonly string[]; variants?: number },
): { own: TypedOutcome[]; given: TypedOutcome[]; text: string } {
  const gen = OfflineSqlGenerator.create({ db });
  const measure = (qs: readonly string[]): TypedOutcome[] =>
    measureTyping(gen, qs, { asOf: opts.asOf, seed: 27, variants: opts.variants ?? 3 });
  const own = measure(CLEAN_QUESTIONS);
  const given = opts.questions && opts.questions.length > 0 ? measure(opts.questions) : [];
  const text = [
    `own sentences: ${own.length} typed versions\n${typingTable(own)}`,
    ...(given.length > 0 ? [`given questions: ${given.length} typed versions\n${typingTable(given)}`] : []),
  ].join('\n\n');
  return { own, given, text };
}
