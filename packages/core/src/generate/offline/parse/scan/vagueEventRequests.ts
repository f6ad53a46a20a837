/**
 * A vague request whose head is an indefinite thing-word with a theme after it ("anything on marketing / martech
 * coming up?", "stuff about blockchain next month", "got anything re AI?", "what's on around cloud this year?",
 * "anything fintech related?"):
 * what one asks "anything on a theme" of, in a data set of events, companies and people, is the events about it
 * (companies and people have industries and functions, never a theme one goes to). The thing-word (or the "on" of
 * "what's on") becomes "events" before any recogniser reads the question, so the theme after it is read as a theme
 * of events ("events on marketing"), never as a job function or an unread word.
 * Read only where the thing-word heads the question: no entity noun anywhere (events, companies, people, a relation
 * noun) and no verb of taking part before it ("sponsoring anything on AI" is `indefiniteObjects`' any event), and a word
 * that is no preposition after the theme preposition ("anything on in october" is `readIndefiniteSubjects`'). "What's
 * on" asks what takes place with or without a theme ("what's on in singapore next month").
 */
import { SPEAKER_POSSESSIVES, SPEAKER_WORDS } from '../../lexicon/discourseWords';
import { INDEFINITE_OBJECT_WORDS } from '../../lexicon/fillerWords';
import { MONTHS, SEASONS, TIME_PREPOSITIONS, TIME_UNITS } from '../../lexicon/timeWords';
import { NO_THEME_LEADS, THEME_PREPOSITIONS, THEMED_ADJECTIVES } from '../../lexicon/vagueNounWords';
import type { Token } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';
import { matchTopic } from '../matchTopic';
import { audienceAfter } from './audienceGroups';
import type { ValueIndex } from '../../values/ValueIndex';

/** Indefinite words for things ("anything", "stuff"), not places ("anywhere"). */
const THING_WORDS: ReadonlySet<string> = new Set([...INDEFINITE_OBJECT_WORDS].filter((x) => !x.endsWith('where')));

/** True when the lexicon reads the word as an entity noun, a relation or a preposition. */
function lexiconReads(word: string, kinds: readonly string[]): boolean {
  return LEXICON.get(word)?.some((r) => kinds.includes(r.t)) ?? false;
}

/** True when a theme may start at token k: a content word, no preposition, number or word of a time. */
function themeStartsAt(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k]?.norm ?? '';
  return (
    /^[a-z]/.test(x) &&
    !lexiconReads(x, ['prep']) &&
    !THEME_PREPOSITIONS.has(x) &&
    !NO_THEME_LEADS.has(x) &&
    !TIME_PREPOSITIONS.includes(x) &&
    MONTHS[x] === undefined &&
    SEASONS[x] === undefined &&
    TIME_UNITS[x] === undefined
  );
}

/** Words by which a sentence opens with the speaker or the speaker's side as subject ("my boss wants ...", "we ..."). */
const SPEAKER_OPENERS: ReadonlySet<string> = new Set([...SPEAKER_WORDS, ...SPEAKER_POSSESSIVES]);

/**
 * The token indices of sentences after the first opened by the speaker's side ("...?? my boss wants to bring her
 * dog"): a remark of the speaker's that names no rows the thing-word could stand for ("boss" is a noun of people).
 * `sentenceStarts` holds the first token of each sentence.
 */
function speakerSentences(tokens: readonly Token[], sentenceStarts: readonly number[]): Set<number> {
  const out = new Set<number>();
  const starts = [...sentenceStarts].sort((a, b) => a - b);
  starts.forEach((start, j) => {
    if (start === 0 || !SPEAKER_OPENERS.has(tokens[start]?.norm ?? '')) return;
    const end = starts[j + 1] ?? tokens.length;
    for (let k = start; k < end; k++) out.add(k);
  });
  return out;
}

export function readVagueEventRequests(tokens: Token[], sentenceStarts: readonly number[] = [0]): void {
  const remarks = speakerSentences(tokens, sentenceStarts);
  for (const t of tokens) {
    const i = t.index;
    // "what's on around AI" / "whats on about fintech": the "on" of "what is on" is what takes place
    const whatIsOn =
      t.norm === 'on' &&
      (tokens[i - 1]?.norm === 'what' || (tokens[i - 1]?.norm === 'is' && tokens[i - 2]?.norm === 'what'));
    if (!THING_WORDS.has(t.norm) && !whatIsOn) continue;
    const themeAfter = THEME_PREPOSITIONS.has(tokens[i + 1]?.norm ?? '') && themeStartsAt(tokens, i + 2);
    // "anything marketing related": a theme closed by a word that makes it a modifier (at most three words)
    const themeBefore =
      !whatIsOn &&
      themeStartsAt(tokens, i + 1) &&
      [2, 3, 4].some((d) => THEMED_ADJECTIVES.has(tokens[i + d]?.norm ?? ''));
    // "what's on in singapore", "whats on in jan or feb 2025 outside of singapore": what takes place is events, with a
    // theme or without one (its place and time are then read as the events')
    // "anything for the space / satellite crowd": the audience of events on a theme (`audienceGroups.ts`)
    const audience = whatIsOn ? -1 : audienceAfter(tokens, i);
    if (!themeAfter && !themeBefore && !whatIsOn && audience < 0) continue;
    // the head of the question: nothing names another kind of row ("anything about companies", "anything about sales
    // people") nor a verb of taking part before it ("sponsoring anything on AI")
    if (tokens.some((x) => x.index !== i && !remarks.has(x.index) && lexiconReads(x.norm, ['entity', 'who']))) continue;
    if (tokens.slice(0, i).some((x) => lexiconReads(x.norm, ['relation']))) continue;
    t.norm = 'events';
    const forWhom = tokens[audience];
    if (forWhom) forWhom.norm = 'about';
    // "re" is "regarding" written short: the theme readers know the word in full
    const prep = tokens[i + 1];
    if (themeAfter && prep?.norm === 're') prep.norm = 'regarding';
  }
}

/** Words joining the members of a list of themes ("aviation or space", "food / drink"). */
const THEME_JOINS: ReadonlySet<string> = new Set(['or', 'and', '/', '&', ',']);

/**
 * "anything aviation or space early next year", "got anything cybersecurity in october": a bare theme right after the
 * thing-word modifies it as "anything aviation-related" would (English drops the "-related"). The theme is said as a
 * modifier, so the modifier's closing word is put in ("anything aviation or space related ..."), and the request is
 * read as `readVagueEventRequests` reads "anything marketing related". Only words each of which has an event tag of
 * its own (`matchTopic`) and no reading in the lexicon but a marker's ("space": a job function such as "marketing" is
 * never made a theme):
 * "anything else / new / interesting" name no tag and stay as typed.
 * @example markBareThemes('anything aviation or space early next year', index) // 'anything aviation or space related early next year'
 */
export function markBareThemes(text: string, index: ValueIndex): string {
  const parts = text.split(/(\s+|(?<=\w)(?=[,/?!.;:])|(?<=[,/])(?=\w))/);
  const words = parts.filter((_, j) => j % 2 === 0);
  const lower = words.map((x) => x.toLowerCase());
  const tagged = (x: string): boolean =>
    /^[a-z][a-z-]{3,}$/.test(x) &&
    (LEXICON.get(x)?.every((r) => r.t === 'sector') ?? true) &&
    matchTopic([x], index).tags.length > 0;
  // as for `readVagueEventRequests`: only where the thing-word heads the question, no noun of rows said anywhere
  if (lower.some((x) => lexiconReads(x, ['entity', 'who']))) return text;
  const after = new Set<number>();
  for (const [i, x] of lower.entries()) {
    if (!THING_WORDS.has(x) || !tagged(lower[i + 1] ?? '')) continue;
    let last = i + 1;
    while (THEME_JOINS.has(lower[last + 1] ?? '') && tagged(lower[last + 2] ?? '')) last += 2;
    if (THEMED_ADJECTIVES.has(lower[last + 1] ?? '')) continue;
    after.add(last);
  }
  if (after.size === 0) return text;
  return parts.map((p, j) => (j % 2 === 0 && after.has(j / 2) ? `${p} related` : p)).join('');
}
