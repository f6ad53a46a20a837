/**
 * Attributes of a person the data does not hold: a spoken language ("who speak Spanish", where "Spanish" would
 * otherwise read as the country Spain; no language is held for companies or events either), an age ("older than 40", "aged 30", "under 30 years old", which would
 * otherwise read as a company's size or founding year) and pay ("earning more than 200k", otherwise a
 * company's revenue). When the question is about people (the nearest entity noun before the words is a
 * people noun), the words become an `unclear` mention with no options, replacing whatever other reading they
 * had: the question is asked about or refused naming them, never answered without them.
 */
import { AGE_WORDS, PAY_WORDS, SPEAKING_WORDS } from '../../lexicon/unheldAttributeWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import type { ScanState } from './ScanState';
import { spanText } from './ScanState';

/** An age is a number a person can be ("older than 2010" is a founding year). */
const MAX_AGE = 120;

/** True when the nearest entity noun before `at` is a people noun (by the lexicon, whatever read it since). */
function aboutPeople(s: ScanState, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const entity = LEXICON.get(s.w[i] ?? '')?.find((r) => r.t === 'entity');
    if (entity?.t === 'entity') return entity.entity === 'people';
  }
  return false;
}

/**
 * True when the word at `i` names a language: read as a country (a demonym: "Spanish", "French") or shaped like
 * a language name ("Mandarin", "Hindi", "Tagalog" are no words of the vocabulary); never a vocabulary or filler
 * word ("speaking at" is taking part).
 */
function languageWord(s: ScanState, i: number): boolean {
  const x = s.w[i] ?? '';
  if (!/^[a-z]+$/.test(x) || FILLER_WORDS.has(x) || LEXICON.has(x)) return false;
  return s.mentions.some((m) => m.t === 'country' && m.start <= i && m.end > i) || /(ish|ese|an|ic|i|og)$/.test(x);
}

/** The end of the phrase of an unheld attribute starting at `k`, or -1 when none starts there. */
function phraseEnd(s: ScanState, k: number): number {
  const { w } = s;
  const x = w[k] ?? '';
  const next = w[k + 1] ?? '';
  const isAge = (v: string | undefined): boolean => v !== undefined && /^\d+$/.test(v) && Number(v) <= MAX_AGE;
  if (SPEAKING_WORDS.has(x)) {
    // "speak Spanish", "fluent in French", "native Mandarin speakers"
    const lang = next === 'in' ? k + 2 : k + 1;
    return languageWord(s, lang) ? lang + 1 : -1;
  }
  if (PAY_WORDS.has(x)) return k + 1;
  if (AGE_WORDS.has(x)) {
    // "older than 40", "aged 30", "age 30"; "old" only as "N years old"
    if (x === 'old') return -1;
    if ((x === 'older' || x === 'younger') && next === 'than' && isAge(w[k + 2])) return k + 3;
    if ((x === 'aged' || x === 'age') && (isAge(next) || ['over', 'under', 'between', 'above', 'below'].includes(next)))
      return k + 1;
    return -1;
  }
  // "30 years old", "under 30 yrs old"
  if (isAge(x) && (next === 'years' || next === 'year' || next === 'yrs' || next === 'yo') && w[k + 2] === 'old')
    return k + 3;
  return -1;
}

/** Replaces the readings of unheld person attributes with `unclear` mentions (see the module comment). */
export function readUnheldAttributes(s: ScanState): void {
  const { w } = s;
  for (let k = 0; k < w.length; k++) {
    const end = phraseEnd(s, k);
    // a language is held for nothing; an age or pay only matters of people (a company's age is its founding)
    if (end < 0 || (!SPEAKING_WORDS.has(w[k] ?? '') && !aboutPeople(s, k))) continue;
    for (let j = s.mentions.length - 1; j >= 0; j--) {
      const m = s.mentions[j];
      if (m && m.start < end && m.end > k) {
        s.mentions.splice(j, 1);
        for (let i = m.start; i < m.end; i++) s.claimed[i] = false;
      }
    }
    const text = spanText(s.tokens, k, end);
    for (let i = k; i < end; i++) s.claimed[i] = true;
    s.mentions.push({
      start: k,
      end,
      text,
      t: 'unclear',
      about: 'word',
      why: 'people are not described by this in the data',
      options: [],
    });
    k = end - 1;
  }
}
