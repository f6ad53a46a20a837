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
import { inFixedAdverb } from '../../text/fixedAdverbs';
import { CLOSED_CLASS_WORDS } from '../../lexicon/discourseWords';
import { ENTITY_WORDS } from '../../lexicon/entityWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { SENIORITY_WORDS, TITLE_ABBREVIATIONS, type TitleWord } from '../../lexicon/jobWords';
import { nounLemma, verbLemma, wordNet } from '../../text/language';
import { nearestWords } from '../../text/spelling';
import { isDataName, type ValueIndex } from '../../values/ValueIndex';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import { titleWordForms } from './titleContains';
import { entityWordFor } from './entitySynonyms';
import type { Mention } from '../Mention';
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
 * True when the noun's most usual sense that is a kind of thing is a kind of person ("dean", "editor", "officer"):
 * a word whose every sense names one thing is no title ("Watson" is Thomas Augustus Watson, an instance), and not a word that is also an adjective of its
 * own ("general", "major", "swiss"). An adjective sense that is only a satellite of another adjective ("assistant":
 * similar to subordinate) leaves the word a noun: "assistants" are people, not the industry of Assistance.
 */
function personNoun(word: string): boolean {
  const wn = wordNet();
  if (wn.senses(word, 'adj').some((o) => !wn.synset(o, 'adj').satellite)) return false;
  // the most usual sense that is a kind of thing ("creator" is first the Creator, then a person who makes things)
  const sense = wn
    .senses(word, 'noun')
    .map((o) => wn.synset(o, 'noun'))
    .find((x) => !x.instance);
  return sense?.lexFile === PERSON_FILE;
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

/** True when WordNet knows the typed word as a noun (by its singular), a verb (by its lemma), an adjective or an adverb. */
function knownWord(typed: string, singular: string): boolean {
  const wn = wordNet();
  return (
    wn.senses(singular, 'noun').length > 0 ||
    wn.senses(verbLemma(typed), 'verb').length > 0 ||
    wn.senses(typed, 'adj').length > 0 ||
    wn.senses(typed, 'adv').length > 0
  );
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
  // a typo: never a word WordNet knows in any part of speech (a real word is meant as typed: "provide" is the verb
  // of a request, not a slip of the title word "provider") nor a name of the data
  if (knownWord(typed, singular) || isDataName(index, typed)) return null;
  const near = nearestWords(singular, words);
  return near.length === 1 ? (near[0] ?? null) : null;
}

/**
 * The seniority nouns a title word may qualify, singular ("manager", "vice president", "general manager"): the
 * question vocabulary's seniority nouns and the expansions of their short forms.
 */
const SENIORITY_HEADS: readonly string[] = [
  ...new Set([
    ...SENIORITY_WORDS.filter(
      (x) =>
        x.noun === true && /^[a-z]+(?: [a-z]+)?$/.test(x.phrase) && !x.phrase.endsWith('s') && x.values.length === 1,
    )
      .filter((x) => x.values[0] !== 'c_level')
      .map((x) => x.phrase),
    'head',
    ...TITLE_ABBREVIATIONS.flatMap((forms) => forms.slice(1)).filter((x) => / (?:manager|director|president)$/.test(x)),
  ]),
];

/**
 * Where a title word is no person of its own: a word WordNet also reads as an adjective ("assistant": subordinate)
 * qualifies the seniority noun after it, so "Assistant Manager" or "Assistant Vice President" is a manager or a
 * VP, not an assistant. Those uses are excluded when the word is asked as people ("assistants").
 */
export function titleWordQualifierUses(word: string): string[] {
  if (wordNet().senses(word, 'adj').length === 0) return [];
  return SENIORITY_HEADS.map((head) => `${word} ${head}`);
}

function titleMention(phrase: string, forms: readonly string[]): { t: 'title'; word: TitleWord } {
  const exclude = forms.flatMap(titleWordQualifierUses);
  return { t: 'title', word: { phrase, label: phrase, patterns: [...forms], ...(exclude.length ? { exclude } : {}) } };
}

/** True when the word at i is inside a phrase of two or more words the vocabulary reads ("customer success"). */
function inLexiconPhrase(w: readonly string[], i: number): boolean {
  for (let a = Math.max(0, i - MAX_LEXICON_SPAN + 1); a <= i; a++)
    for (let b = Math.max(i + 1, a + 2); b <= Math.min(w.length, a + MAX_LEXICON_SPAN); b++)
      if (LEXICON.has(w.slice(a, b).join(' '))) return true;
  return false;
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
    // a word of a longer vocabulary phrase is read by the phrase ("customer" of "customer success people")
    if (inLexiconPhrase(w, i)) continue;
    // ... and of an adverb of several words ("in front of them": no title "front")
    if (inFixedAdverb(w, i)) continue;
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
 * "regional sales directors": an unread word before a function word and a seniority noun, when the titles use the
 * three together ("Regional Sales Director"), makes one title of them (read as the function and the seniority alone,
 * the qualifier was asked about). True when it read one.
 */
function qualifiedFunctionTitle(s: ScanState, m: Mention): boolean {
  if (m.t !== 'seniority') return false;
  const fn = s.mentions.find((x) => x.t === 'function' && x.end === m.start);
  const q = (fn?.start ?? 0) - 1;
  const qualifier = s.w[q] ?? '';
  if (!fn || q < 0 || s.claimed[q] || otherReading(qualifier) || !/^[a-z]{3,}$/.test(qualifier)) return false;
  const words = s.w.slice(fn.start, m.end);
  const title = [qualifier, ...words.slice(0, -1), nounLemma(words[words.length - 1] ?? '')].join(' ');
  if (titlesWith(s.index, title) < MIN_TITLES) return false;
  for (const x of [fn, m]) s.mentions.splice(s.mentions.indexOf(x), 1);
  claim(s, q, m.end, titleMention(title, [title]));
  return true;
}

/**
 * "group CEOs", "regional VPs", "deputy directors", "software engineers": an unread word right before a title, a
 * seniority noun or a function noun, when
 * the titles use the two together, makes one title of both (each form of the title word: "regional vp" and
 * "regional vice president").
 */
export function readTitleQualifiers(s: ScanState): void {
  const { w, claimed, index, mentions } = s;
  for (const m of [...mentions]) {
    if (m.t !== 'title' && !((m.t === 'seniority' || m.t === 'function') && m.noun)) continue;
    if (qualifiedFunctionTitle(s, m)) continue;
    const q = m.start - 1;
    const qualifier = w[q] ?? '';
    if (q < 0 || claimed[q] || otherReading(qualifier) || !/^[a-z]{3,}$/.test(qualifier)) continue;
    const typed = w.slice(m.start, m.end).join(' ');
    const base = m.t === 'title' ? [...m.word.patterns] : titleWordForms(nounLemma(typed));
    let forms = base.map((f) => `${qualifier} ${f}`).filter((f) => titlesWith(index, f) > 0);
    if (forms.reduce((n, f) => n + titlesWith(index, f), 0) < MIN_TITLES) continue;
    // "front office managers": a word before the qualifier that the titles use with both is part of the title
    let start = q;
    let phrase = `${qualifier} ${nounLemma(typed)}`;
    while (start > 0 && q - start + 1 < MAX_QUALIFIERS && !claimed[start - 1] && !otherReading(w[start - 1] ?? '')) {
      const word = w[start - 1] ?? '';
      const longer = forms.map((f) => `${word} ${f}`).filter((f) => titlesWith(index, f) > 0);
      if (!/^[a-z]{3,}$/.test(word) || longer.length === 0) break;
      forms = longer;
      phrase = `${word} ${phrase}`;
      start--;
    }
    mentions.splice(mentions.indexOf(m), 1);
    claim(s, start, m.end, titleMention(phrase, forms));
  }
}
