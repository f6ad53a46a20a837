/**
 * Paraphrase operators of the typed6 round (issue 12: questions typed as users type), with the corpus's own word
 * lists (independent of the parser's lexicon on purpose):
 *  - `run-together`: two template words typed without the space between them ("which companiesare attending",
 *    "listevents in «Singapore»"), lower case;
 *  - `run-on`: the ask inside a long message about the writer, joined without punctuation by "and basically",
 *    "so could you" ("i run a small agency and basically i want to know which ..."), or after a comment on the
 *    asking ("sorry if this is a silly question, ...", "thinking about it, ..."). The writer's words name no
 *    place, theme, role or time of the data, so reading one of them as a filter changes the answer.
 * Phrasings carry their values between « and » as in `operators.ts`.
 */
import type { Random } from './random';

/** Template words that stay apart: joining them gives a word of its own or no single reading. */
const KEEP_APART: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'how', 'is', 'be']);

/** Two adjacent lower-case template words (outside the values) typed as one; null when no pair qualifies. */
export function withRunTogether(marked: string, random: Random): string | null {
  const lowered = marked.replace(/«[^»]*»|[^«]+/g, (part) => (part.startsWith('«') ? part : part.toLowerCase()));
  const pairs: { at: number; length: number; joined: string }[] = [];
  // two words of letters separated by one space, neither inside a value
  const re = /(?<![«A-Za-z])([a-z]{2,}) ([a-z]{2,})(?![A-Za-z»])/g;
  for (let m = re.exec(lowered); m; m = re.exec(lowered)) {
    const [whole, a = '', b = ''] = m;
    const before = lowered.slice(0, m.index);
    const inValue = before.lastIndexOf('«') > before.lastIndexOf('»');
    if (!inValue && !KEEP_APART.has(a) && !KEEP_APART.has(b) && (a.length >= 4 || b.length >= 4))
      pairs.push({ at: m.index, length: whole.length, joined: `${a}${b}` });
    re.lastIndex = m.index + a.length + 1;
  }
  if (pairs.length === 0) return null;
  const pick = random.pick(pairs);
  return (lowered.slice(0, pick.at) + pick.joined + lowered.slice(pick.at + pick.length)).replace(/\?$/, '');
}

/** The writer's own preamble, ending where the ask is joined on without punctuation. */
const RUN_ON_PREAMBLES: readonly string[] = [
  'i run a small design agency and basically i want to know',
  "i'm new here and honestly i'd like to see",
  'i have a call with my boss tomorrow so could you tell me',
  'we are putting a plan together and basically we need',
  'my manager asked me for this so can you show me',
  // a role of the writer's that is a word of the data, then the chain of asking ("trying to find out")
  'im an sdr trying to find out',
  "as a marketing manager i'd love to know",
  "i'm a recruiter and looking to find out",
  'my boss wants me to find out',
];
/** Comments on the asking, a clause of their own before the ask. */
const COMMENTS: readonly string[] = [
  'sorry if this is a silly question,',
  'thinking about it,',
  'just wondering,',
  'ok so',
];

/** The ask run on after a preamble about the writer, or after a comment; lower case, no question mark. */
export function withRunOn(marked: string, random: Random): string {
  const body = marked.charAt(0).toLowerCase() + marked.slice(1).replace(/\?$/, '');
  const opening = random.int(2) === 0 ? random.pick(RUN_ON_PREAMBLES) : random.pick(COMMENTS);
  return `${opening} ${body}`;
}
