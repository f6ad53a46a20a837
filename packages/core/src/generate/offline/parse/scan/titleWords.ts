/**
 * Job-title words from the data: a noun for a person that the people's own job titles use but that names no job
 * function nor seniority ("deans", "professors", "editors", "chefs", "trainees", "MBA candidates") is read as a
 * title filter ("job title mentions dean"), never as an unknown word, an industry or a near name. The data is the
 * vocabulary: the words of the titles (`ValueIndex.titleWords`), a word used by at least `MIN_TITLES` titles;
 * WordNet says which of them name a person. A typo of such a word within the spelling allowance is that word
 * ("profesors"). Words typed before it that the titles use with it are part of the title ("MBA candidates",
 * "associate professors", "executive chefs").
 *
 * A word the vocabulary reads as a title or a seniority keeps its reading, and a qualifier before it that the
 * titles use with it makes the phrase the title ("group CEOs": Group CEO, "regional VPs": Regional Vice
 * President / Regional VP, "deputy directors"), read after the lexicon (`readTitleQualifiers`).
 *
 * Following the eval conventions, function and seniority words stay the columns derived from the title (sales,
 * director, VP, ...): only the words those columns do not hold become a title filter.
 */
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { ENTITY_WORDS } from '../../lexicon/entityWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import type { TitleWord } from '../../lexicon/jobWords';
import { nounLemma, wordNet } from '../../text/language';
import { nearestWords } from '../../text/spelling';
import { isDataName, type ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { titleWordForms } from './titleContains';
import { entityWordFor } from './entitySynonyms';
import { claim, type ScanState } from './ScanState';

/** Titles that must use a word or a qualified title before it is read as one. */
const MIN_TITLES = 1;
/** WordNet's lexicographer file of nouns for people. */
const PERSON_FILE = 18;
const MAX_QUALIFIERS = 2;
/** Titles that must use a phrase made with a filler noun ("board member") before it is read as a title. */
const PHRASE_TITLES = 2;

const vocabularies = new WeakMap<ValueIndex, ReadonlySet<string>>();

/**
 * True when the noun's most usual sense is a kind of person ("dean", "editor", "candidate"): not one named person
 * ("Watson" is Thomas Augustus Watson), and not a word that is also an adjective ("general", "major", "swiss").
 */
function personNoun(word: string): boolean {
  const wn = wordNet();
  const first = wn.senses(word, 'noun')[0];
  if (first === undefined || wn.senses(word, 'adj').length > 0) return false;
  const sense = wn.synset(first, 'noun');
  return sense.lexFile === PERSON_FILE && !sense.words.some((x) => x.endsWith(` ${word}`));
}

/** True when one of the noun's two usual senses is a person ("member"). */
function personSense(word: string): boolean {
  const wn = wordNet();
  return wn
    .senses(word, 'noun')
    .slice(0, 2)
    .some((o) => wn.synset(o, 'noun').lexFile === PERSON_FILE);
}

/**
 * A noun that WordNet reads as a noun of companies or events ("makers": businesses, "dealers": firms). A relation
 * noun reached through WordNet is no reason: a "technician" or a "specialist" is a kind of expert and a
 * "coordinator" a kind of organizer, but the titles name a person's job with them, not a company's part in an event.
 */
function companyOrEventNoun(word: string): boolean {
  const canonical = entityWordFor(`${word}s`) ?? entityWordFor(word);
  return ENTITY_WORDS.some(
    (e) =>
      e.phrase === canonical &&
      (e.entity === 'companies' || e.entity === 'events') &&
      (e.relations === undefined || nounLemma(e.phrase) === word),
  );
}

/** A word some other reading owns: the vocabulary, filler, closed-class words. */
function otherReading(word: string): boolean {
  return LEXICON.has(word) || FILLER_WORDS.has(word) || CLOSED_CLASS_WORDS.has(word);
}

/** The person nouns of the data's job titles (built once per index). */
export function titlePersonWords(index: ValueIndex): ReadonlySet<string> {
  const cached = vocabularies.get(index);
  if (cached) return cached;
  const words = new Set<string>();
  for (const [word, count] of index.titleWords)
    if (
      count >= MIN_TITLES &&
      /^[a-z]{4,}$/.test(word) &&
      !otherReading(word) &&
      !otherReading(`${word}s`) &&
      !isDataName(index, word) &&
      personNoun(word) &&
      !companyOrEventNoun(word)
    )
      words.add(word);
  vocabularies.set(index, words);
  return words;
}

/** How many titles use the phrase as whole words. */
export function titlesWith(index: ValueIndex, phrase: string): number {
  const padded = ` ${phrase} `;
  let n = 0;
  for (const t of index.titleTexts) if (` ${t} `.includes(padded)) n++;
  return n;
}

/** The title word a typed word stands for: itself, its singular, or the one word near it; null when none. */
export function titleWordOf(index: ValueIndex, typed: string): string | null {
  const words = titlePersonWords(index);
  if (otherReading(typed) || !/^[a-z]{3,}$/.test(typed)) return null;
  const lemma = nounLemma(typed);
  // a typed plural WordNet does not know ("editers") loses its s like a known one
  const singular = lemma === typed && /[^s]s$/.test(typed) ? typed.slice(0, -1) : lemma;
  if (words.has(typed)) return typed;
  if (words.has(singular)) return singular;
  // a typo: never a word WordNet knows (a real word is meant as typed) nor a name of the data
  if (wordNet().senses(singular, 'noun').length > 0 || isDataName(index, typed)) return null;
  const near = nearestWords(singular, words);
  return near.length === 1 ? (near[0] ?? null) : null;
}

function titleMention(phrase: string, forms: readonly string[]): { t: 'title'; word: TitleWord } {
  return { t: 'title', word: { phrase, label: phrase, patterns: [...forms] } };
}

/** Claims person nouns of the titles, with the words before them that the titles use with them. */
export function readTitleWords(s: ScanState): void {
  const { w, claimed, index } = s;
  for (let i = 0; i < w.length; i++) {
    if (claimed[i]) continue;
    // "board members": a filler noun for people makes a title with the word before it that the titles use with it
    const member = nounLemma(w[i] ?? '');
    const before = w[i - 1] ?? '';
    if (
      FILLER_WORDS.has(w[i] ?? '') &&
      personSense(member) &&
      i > 0 &&
      !claimed[i - 1] &&
      /^[a-z]{3,}$/.test(before) &&
      !otherReading(before) &&
      titlesWith(index, `${before} ${member}`) >= PHRASE_TITLES
    ) {
      claim(s, i - 1, i + 1, titleMention(`${before} ${member}`, [`${before} ${member}`]));
      continue;
    }
    const word = titleWordOf(index, w[i] ?? '');
    // "deputy directors": a qualifier of the title word after it (`readTitleQualifiers`)
    if (!word || LEXICON.get(w[i + 1] ?? '')?.some((r) => r.t === 'title' || r.t === 'seniority')) continue;
    let phrase = word;
    let a = i;
    while (a > 0 && i - a < MAX_QUALIFIERS && !claimed[a - 1] && !otherReading(w[a - 1] ?? '')) {
      const longer = `${w[a - 1] ?? ''} ${phrase}`;
      if (titlesWith(index, longer) < MIN_TITLES) break;
      phrase = longer;
      a--;
    }
    claim(s, a, i + 1, titleMention(phrase, [phrase]));
  }
}

/**
 * "group CEOs", "regional VPs", "deputy directors": an unread word right before a title or seniority word, when
 * the titles use the two together, makes one title of both (each form of the title word: "regional vp" and
 * "regional vice president").
 */
export function readTitleQualifiers(s: ScanState): void {
  const { w, claimed, index, mentions } = s;
  for (const m of [...mentions]) {
    if (m.t !== 'title' && !(m.t === 'seniority' && m.noun)) continue;
    const q = m.start - 1;
    const qualifier = w[q] ?? '';
    if (q < 0 || claimed[q] || otherReading(qualifier) || !/^[a-z]{3,}$/.test(qualifier)) continue;
    const typed = w.slice(m.start, m.end).join(' ');
    const base = m.t === 'title' ? [...m.word.patterns] : titleWordForms(nounLemma(typed));
    const forms = base.map((f) => `${qualifier} ${f}`).filter((f) => titlesWith(index, f) > 0);
    if (forms.reduce((n, f) => n + titlesWith(index, f), 0) < MIN_TITLES) continue;
    mentions.splice(mentions.indexOf(m), 1);
    claim(s, q, m.end, titleMention(`${qualifier} ${nounLemma(typed)}`, forms));
  }
}
