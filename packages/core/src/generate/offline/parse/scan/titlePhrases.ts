/**
 * Job functions of two words that the function vocabulary does not list ("revenue management people", "account
 * management folks", "brand marketing contacts"): read as a phrase of the job title when the people's own
 * titles use it. The data is the vocabulary here: a phrase no title uses is left for the parser to ask about.
 *
 * A "... management" / "... manager(s)" phrase matches both forms in titles ("Revenue Management Intern",
 * "Revenue Manager"). A phrase holding a word the vocabulary already reads as a function, a seniority or a
 * title ("sales and marketing people", "head of product") is left to the lexicon.
 */
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { DEPARTMENT_PEOPLE_NOUNS } from '../../lexicon/entityWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import type { TitleWord } from '../../lexicon/jobWords';
import { nounLemma } from '../../text/language';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';
import { titlePersonWords, titlesWith } from './titleWords';

/** Titles that must use a phrase before it is read as one (one title is a name, not a function). */
const MIN_TITLES = 2;
const MANAGE = /^manag(e|er|ers|ement|ing)$/;

/** The next word names people ("people", "folks", "contacts", "team", ...), by the entity vocabulary. */
export function peopleNounAt(s: ScanState, k: number): boolean {
  const w = s.w[k] ?? '';
  return (
    w === 'team' ||
    w === 'teams' ||
    (LEXICON.get(w)?.some((r) => r.t === 'entity' && r.entity === 'people' && r.relations === null) ?? false)
  );
}

/** True when a word cannot start or end a title phrase: read by the job vocabulary on its own, or a function word. */
function jobWord(word: string): boolean {
  if (CLOSED_CLASS_WORDS.has(word) || FILLER_WORDS.has(word)) return true;
  return LEXICON.get(word)?.some((r) => r.t === 'function' || r.t === 'seniority' || r.t === 'title') ?? false;
}

/** The title forms a phrase stands for: "revenue management" -> revenue management / revenue manager. */
export function titleForms(first: string, second: string): string[] {
  if (MANAGE.test(second)) return [`${first} management`, `${first} manager`];
  return [`${first} ${second}`];
}

/** How many titles use any of the forms. */
function titlesUsing(s: ScanState, forms: readonly string[]): number {
  return forms.reduce((n, f) => n + (s.index.titlePhrases.get(f) ?? 0), 0);
}

/** Claims "<word> <word>" before a people noun when the data's job titles use that phrase. */
export function readTitlePhrases(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 2 < w.length; i++) {
    if (!isFree(s, i, i + 2) || !peopleNounAt(s, i + 2)) continue;
    const first = w[i] ?? '';
    const second = w[i + 1] ?? '';
    if (!/^[a-z]{3,}$/.test(first) || !/^[a-z]{3,}$/.test(second) || jobWord(first) || jobWord(second)) continue;
    if (LEXICON.has(`${first} ${second}`)) continue;
    const forms = titleForms(first, second);
    if (titlesUsing(s, forms) < MIN_TITLES) continue;
    const label = `${first} ${second}`;
    const word: TitleWord = { phrase: label, label, patterns: forms };
    claim(s, i, i + 2, { t: 'title', word });
    i += 1;
  }
}

/**
 * "chief of staff", "chiefs of staff": a title of the form "<title noun> of <word>" that the data's titles use whole,
 * when the word after "of" names no job function. Read before the lexicon, whose "chiefs" alone is C-level (a chief
 * of staff is no chief officer) and whose "staff" is a noun of people. "head of sales" or "director of marketing"
 * (a function after "of") stay the level and the function.
 */
export function readOfTitles(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 2 < w.length; i++) {
    if (w[i + 1] !== 'of' || !isFree(s, i, i + 3)) continue;
    const head = nounLemma(w[i] ?? '');
    const object = w[i + 2] ?? '';
    if (!/^[a-z]{3,}$/.test(head) || !/^[a-z]{3,}$/.test(object) || CLOSED_CLASS_WORDS.has(object)) continue;
    if (LEXICON.get(object)?.some((r) => r.t === 'function') || LEXICON.has(w.slice(i, i + 3).join(' '))) continue;
    // the head is a word for a job: a level or title of the vocabulary ("chiefs") or a person noun of the titles
    const jobHead = [w[i] ?? '', head, `${head}s`].some((x) =>
      LEXICON.get(x)?.some((r) => r.t === 'seniority' || r.t === 'title'),
    );
    if (!jobHead && !titlePersonWords(s.index).has(head)) continue;
    const label = `${head} of ${object}`;
    // one title of the data using the whole phrase is enough: its head alone would read another job
    if (titlesWith(s.index, label) < 1) continue;
    claim(s, i, i + 3, { t: 'title', word: { phrase: label, label, patterns: [label] } });
    i += 2;
  }
}

/**
 * "event managers", "events coordinators", "partner managers": a noun of events or of a relation to them, then a job
 * noun (a rank or a title word said as a noun), is a job title when the data's titles use that phrase ("Event
 * Manager", "Senior Events Coordinator"): the people are asked, not events that have managers. A phrase no title
 * uses ("event directors" where none is titled so) keeps the words' own readings.
 */
export function readEventNounTitles(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (!isFree(s, i, i + 2)) continue;
    const first = w[i] ?? '';
    const second = w[i + 1] ?? '';
    const ofEvents =
      LEXICON.get(first)?.some(
        (r) => r.t === 'entity' && (r.entity === 'events' || (r.relations !== null && r.relations.length > 0)),
      ) ?? false;
    const jobNoun =
      (LEXICON.get(second)?.some((r) => r.t === 'title' || (r.t === 'seniority' && r.noun === true)) ?? false) ||
      titlePersonWords(s.index).has(nounLemma(second));
    // "events people", "events team": the people whose titles say the events line of work ("Head of Events")
    const eventsNoun = LEXICON.get(first)?.some((r) => r.t === 'entity' && r.entity === 'events') ?? false;
    if (eventsNoun && DEPARTMENT_PEOPLE_NOUNS.has(second)) {
      const noun = nounLemma(first);
      const words = [...new Set([noun, `${noun}s`])];
      if (words.reduce((n, x) => n + (s.index.titleWords.get(x) ?? 0), 0) >= MIN_TITLES) {
        claim(s, i, i + 2, { t: 'title', word: { phrase: `${first} ${second}`, label: noun, patterns: words } });
        i += 1;
        continue;
      }
    }
    if (!ofEvents || !jobNoun) continue;
    const noun = nounLemma(first);
    const job = nounLemma(second);
    const forms = [...new Set([`${noun} ${job}`, `${noun}s ${job}`])];
    if (titlesUsing(s, forms) < MIN_TITLES) continue;
    const label = `${noun} ${job}`;
    claim(s, i, i + 2, { t: 'title', word: { phrase: label, label, patterns: forms } });
    i += 1;
  }
}
