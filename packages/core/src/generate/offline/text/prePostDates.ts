/**
 * "pre" and "post" as prepositions of time: "founded pre 1900", "events post-2025", "pre Q3", "post march". Typed
 * alone or hyphened on before a date (a year in full or with two digits, a month, a quarter or a half) they are
 * "before" / "after", read by the open ranges of time and the founding comparisons as those words are; read as
 * anything else the prefix was a slip of another word ("pre" as "per") and the bound was lost. Only before a date:
 * "pre-covid" names an era, no date (its word stays unread and is asked back); "post" opening the message or after a
 * subject, a modal or "to" is the verb ("can you post 2025 events"). A date that goes on into a noun ("pre-2000
 * companies", "post-2010 startups") is a modifier saying nothing of which date of the noun it bounds (founded? taking
 * part?): left as typed, so it is asked back.
 */
import { MONTHS } from '../lexicon/timeWords';
import { AFTER_BARE_YEAR } from '../parse/periods';

/** What each prefix is as a preposition of time. */
const BOUNDS: Readonly<Record<string, string>> = { pre: 'before', post: 'after' };

/** Words before "post" that make it the verb: a subject, a modal, "to", a request word, a joining word. */
const VERB_LEADS: ReadonlySet<string> = new Set([
  ...['i', 'we', 'you', 'u', 'they', 'to', 'can', 'could', 'will', 'would', 'should', 'pls', 'plz', 'please'],
  ...['and', 'then', 'also', 'just'],
]);

const MONTH_WORDS = Object.keys(MONTHS).join('|');

/** The prefix, its hyphen or space, and a date after it (looked ahead at, never consumed). */
const PRE_POST_DATE = new RegExp(
  `(^|[\\s(,;:])(pre|post)(?:\\s*-\\s*|\\s+)(?=(?:(?:19|20)\\d\\d|[23]\\d|'\\d\\d|q[1-4]|h[12]|(?:${MONTH_WORDS}))(?![\\w]))`,
  'gi',
);

/** True when the date at the start of `rest` (a month with its year, or one word) closes its phrase. */
function endsPhrase(rest: string): boolean {
  // words, and each run of punctuation as one piece: a comma or question mark after the date closes it
  const pieces = rest.match(/[A-Za-z0-9']+|[?.!,;:)(]/g) ?? [];
  const monthYear = MONTHS[(pieces[0] ?? '').toLowerCase()] !== undefined && /^'?\d+$/.test(pieces[1] ?? '');
  const next = (pieces[monthYear ? 2 : 1] ?? '').toLowerCase();
  return next === '' || /^[?.!,;:)(]$/.test(next) || AFTER_BARE_YEAR.has(next);
}

/**
 * "pre 1900" -> "before 1900", "post-2010" -> "after 2010"; `onRead` is told each prefix read.
 * @example readPrePostDates('companies founded pre 1900') // 'companies founded before 1900'
 */
export function readPrePostDates(text: string, onRead: (from: string, to: string) => void = () => undefined): string {
  return text.replace(PRE_POST_DATE, (match: string, lead: string, prefix: string, offset: number) => {
    const word = prefix.toLowerCase();
    const before = /([A-Za-z']+)\s*$/.exec(text.slice(0, offset + lead.length))?.[1]?.toLowerCase();
    if (word === 'post' && (before === undefined || VERB_LEADS.has(before))) return match;
    if (!endsPhrase(text.slice(offset + match.length))) return match;
    const to = BOUNDS[word] ?? word;
    onRead(match.trim(), to);
    return `${lead}${to} `;
  });
}
