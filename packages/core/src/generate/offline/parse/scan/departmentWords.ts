/**
 * A department named by one word the job vocabulary does not hold ("purchasing people", "strategy staff", "sourcing
 * managers", "people in purchasing", "who works in security"): the people whose job title uses the word, when the
 * data's own titles use it (`ValueIndex.titleWords`, in any of its forms: "purchasing" is also "Purchase Manager",
 * "facilities" also "Facility Manager"). A department the function vocabulary names ("legal", "compliance",
 * "operations") is the job function, read by the lexicon before this; a two-word department ("revenue management")
 * is `titlePhrases`. Read late, over the words no other reader took: a word a theme, an industry or a name reads
 * keeps that reading, and a word no title uses is left to the clarification.
 *
 * The frame says the word names a department: it stands before a noun of people or a seniority noun, or after "in"
 * said of people ("people in X", "anyone in X", "works in X"), or is joined by "or" / "and" to a title word read
 * before it ("in procurement or purchasing"). A word that names a sector of the data (a word of an
 * event theme, or the word a short industry name opens with: "banking", "hospitality", "media", "research") says where
 * people work as much as what they do there ("people in banking" work at banks): it is never read as a department.
 */
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { FILLER_WORDS, PERSON_PRONOUNS } from '../../lexicon/fillerWords';
import type { TitleWord } from '../../lexicon/jobWords';
import { nounLemma, verbLemma } from '../../text/language';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';
import { peopleNounAt } from './titlePhrases';

/** Titles that must use the word (in one of its forms) before it is read as one: one title is a person's own. */
const MIN_TITLES = 2;

/** The most words an industry's name has for its first word to name a sector ("Security and Investigations"). */
const MAX_SECTOR_WORDS = 3;
const sectorWordSets = new WeakMap<ValueIndex, ReadonlySet<string>>();

/** The words that name a sector of the data: the words of the event themes, the first word of each industry. */
function sectorWords(index: ValueIndex): ReadonlySet<string> {
  const cached = sectorWordSets.get(index);
  if (cached) return cached;
  const words = new Set<string>(index.tags.flatMap((t) => t.words));
  // a long industry name is a description some company typed ("Sourcing fresh and organic ingredients"), no sector
  for (const industry of index.industries)
    if (industry.tokens[0] && industry.tokens.length <= MAX_SECTOR_WORDS) words.add(industry.tokens[0]);
  sectorWordSets.set(index, words);
  return words;
}

/**
 * The word's forms the titles use: itself, its singular, its verb ("purchasing": purchase), and the verb's agent
 * noun for a department named by its activity ("buying": buyer, "planning": planner).
 */
function titleFormsOf(s: ScanState, word: string): string[] {
  const verb = verbLemma(word);
  const agents = word.endsWith('ing') && verb !== word ? [verb.endsWith('e') ? `${verb}r` : `${verb}er`] : [];
  return [...new Set([word, nounLemma(word), verb, ...agents])].filter((f) => (s.index.titleWords.get(f) ?? 0) > 0);
}

/** A seniority noun at k ("managers", "directors", "heads"): "sourcing managers" is the title word at that level. */
function seniorityNounAt(s: ScanState, k: number): boolean {
  return LEXICON.get(s.w[k] ?? '')?.some((r) => r.t === 'seniority' && r.noun === true) ?? false;
}

/** "people in X", "anyone in X", "who works in X": "in" at k - 1 said of people. */
function inOfPeople(s: ScanState, k: number): boolean {
  if (s.w[k - 1] !== 'in') return false;
  const before = s.w[k - 2] ?? '';
  return peopleNounAt(s, k - 2) || PERSON_PRONOUNS.has(before) || verbLemma(before) === 'work';
}

/**
 * "anyone in procurement or purchasing", "logistics and sourcing people": a word joined by "or" / "and" to a title
 * word read before it stands in the same frame as that title (the coordination shares the frame; the two titles are
 * one union). A job function is no title: the union of a function with a title is not read here.
 */
function joinedToRole(s: ScanState, k: number): boolean {
  if (s.w[k - 1] !== 'or' && s.w[k - 1] !== 'and') return false;
  return s.mentions.some((m) => m.end === k - 1 && m.t === 'title');
}

export function readDepartmentWords(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (!isFree(s, i, i + 1) || !/^[a-z]{4,}$/.test(word)) continue;
    if (LEXICON.has(word) || FILLER_WORDS.has(word) || CLOSED_CLASS_WORDS.has(word)) continue;
    if (!peopleNounAt(s, i + 1) && !seniorityNounAt(s, i + 1) && !inOfPeople(s, i) && !joinedToRole(s, i)) continue;
    const sectors = sectorWords(s.index);
    if (sectors.has(word) || sectors.has(nounLemma(word))) continue;
    const forms = titleFormsOf(s, word);
    const titles = forms.reduce((n, f) => n + (s.index.titleWords.get(f) ?? 0), 0);
    if (titles < MIN_TITLES) continue;
    const title: TitleWord = { phrase: word, label: forms.join(' or '), patterns: forms };
    claim(s, i, i + 1, { t: 'title', word: title });
  }
}
