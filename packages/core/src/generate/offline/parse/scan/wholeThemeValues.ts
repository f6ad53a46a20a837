/**
 * A company industry or an event theme of the data typed out in full, or nearly ("companies in business consulting
 * and services", "events services firms", "travel & tourism companies", "buisness consulting and servics cos"): one
 * theme, read before its words can be read one by one. Without this the "and" split the value, and its words were
 * read as other fields ("business" as the company noun, "consulting" as a job function, "events" as the event noun),
 * so a different question was answered.
 *
 * The data is the vocabulary: the candidates are the industries and tag labels of the value index; typed words match
 * by stem or within the spelling allowance of `text/spelling.ts` (in a value of three words or more a word of four
 * letters may take one slip: "supply chin"), and the joining words ("and", "&", commas) may be typed or left out. A
 * value of one word is read here only when typed with a slip before a noun of companies or a field word ("retil
 * industry", "insurnce companies"), the one-word value nearest it. A value whose words are all words of the parser's vocabulary
 * ("sales and marketing": two job functions) or that holds one ("events services") is read as the theme only where
 * the sentence says a theme stands there: a noun of companies or a field word after it ("events services companies"),
 * "industry" or "sector" before it, or "in" before it.
 */
import { allowedEdits, editDistance } from '../../text/spelling';
import { normKey, sameStem } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** Words that join the parts of a value ("Oil & Gas", "Transportation, Logistics, Supply Chain and Storage"). */
const JOINERS = new Set(['and', 'or', 'n']);
/** Words naming the field itself: a value beside them is a theme whatever its words. */
const FIELD_WORDS = new Set(['industry', 'industries', 'sector', 'sectors', 'vertical', 'verticals', 'space', 'field']);
/** Nouns a theme stands before as their field ("events services companies", "travel and tourism firms"). */
const THEMED_NOUNS = new Set([
  ...FIELD_WORDS,
  'companies',
  'company',
  'cos',
  'orgs',
  'organisations',
  'organizations',
  'firms',
  'businesses',
  'vendors',
  'providers',
  'players',
  'brands',
  'agencies',
  'sponsors',
  'exhibitors',
  'partners',
  'startups',
]);
/** How far before a value a field word still names it ("industry is X", "in the X"). */
const FIELD_WORD_REACH = 3;

interface ThemeValue {
  /** The value's words as the index holds them, joiners included (the words the theme reader matches). */
  readonly words: readonly string[];
  /** Its words without the joiners, in order: what must be typed. */
  readonly content: readonly string[];
}

const valuesOf = new WeakMap<ValueIndex, readonly ThemeValue[]>();

/** The industries and tag labels of two words or more (built once per index). */
function themeValues(index: ValueIndex): readonly ThemeValue[] {
  const cached = valuesOf.get(index);
  if (cached) return cached;
  const seen = new Set<string>();
  const out: ThemeValue[] = [];
  const names = [...index.industries.map((i) => i.name), ...index.tags.map((t) => t.label)];
  for (const name of names) {
    const words = normKey(name).split(' ').filter(Boolean);
    const content = words.filter((x) => !JOINERS.has(x));
    const key = content.join(' ');
    if (content.length === 0 || seen.has(key) || !content.every((x) => /^[a-z]+$/.test(x))) continue;
    seen.add(key);
    out.push({ words, content });
  }
  valuesOf.set(index, out);
  return out;
}

/** The shortest word a long value may hold with one slip though the spelling allowance gives it none ("supply chin"). */
const SHORT_WORD_SLIP = 4;
/** The fewest words of a value in which a short word may take that slip. */
const SHORT_SLIP_VALUE_WORDS = 3;

/** Edits between a typed word and a value's word: 0 for the same word or stem, null when too far. */
function wordEdits(typed: string, known: string, longValue: boolean): number | null {
  if (typed === known || sameStem(typed, known)) return 0;
  const short = Math.min(typed.length, known.length);
  const max = longValue && short >= SHORT_WORD_SLIP ? Math.max(1, allowedEdits(short)) : allowedEdits(short);
  if (max === 0) return null;
  const d = editDistance(typed, known, max);
  return d <= max ? d : null;
}

interface Fit {
  readonly end: number;
  readonly edits: number;
}

/** The value's words typed from position a (joiners between them optional), or null. */
function fitAt(w: readonly string[], a: number, value: ThemeValue): Fit | null {
  let k = a;
  let edits = 0;
  for (let i = 0; i < value.content.length; i++) {
    if (i > 0) while (k < w.length && JOINERS.has(w[k] ?? '')) k++;
    const typed = w[k];
    const known = value.content[i];
    if (typed === undefined || known === undefined) return null;
    const d = wordEdits(typed, known, value.content.length >= SHORT_SLIP_VALUE_WORDS);
    if (d === null) return null;
    edits += d;
    k++;
  }
  // at most one slip per two words: a value is recognised by its words, not guessed from a few of them
  if (edits > Math.max(1, Math.floor(value.content.length / 2))) return null;
  return { end: k, edits };
}

/** True when a word has a reading in the parser's vocabulary other than a field word ("consulting", "events"). */
function isVocabulary(word: string): boolean {
  return LEXICON.get(word)?.some((r) => r.t !== 'sector') ?? false;
}

/** The sentence says a theme stands at [a, b): a themed noun after it, a field word or "in" before it. */
function themeSlot(w: readonly string[], a: number, b: number): boolean {
  if (THEMED_NOUNS.has(w[b] ?? '')) return true;
  if (w[a - 1] === 'in' || (w[a - 1] === 'the' && w[a - 2] === 'in')) return true;
  return w.slice(Math.max(0, a - FIELD_WORD_REACH), a).some((x) => FIELD_WORDS.has(x));
}

/** A field word right before or after [a, b) ("industry is sales and marketing", "the sales and marketing sector"). */
function fieldSlot(w: readonly string[], a: number, b: number): boolean {
  if (FIELD_WORDS.has(w[b] ?? '')) return true;
  return w.slice(Math.max(0, a - FIELD_WORD_REACH), a).some((x) => FIELD_WORDS.has(x));
}

/**
 * A single word typed with a slip is that one-word value when nothing else reads the word (no vocabulary, no word
 * of the data's names), a field word or a noun of companies follows it, and no other one-word value is as near.
 */
function slipOfThemeWord(
  s: ScanState,
  a: number,
  b: number,
  values: readonly ThemeValue[],
  value: ThemeValue,
): boolean {
  const typed = s.w[a] ?? '';
  if (LEXICON.has(typed) || s.index.eventWords.has(typed) || s.index.commonWords.has(typed)) return false;
  if (!THEMED_NOUNS.has(s.w[b] ?? '')) return false;
  const edits = wordEdits(typed, value.content[0] ?? '', false);
  return !values.some(
    (v) => v !== value && v.content.length === 1 && wordEdits(typed, v.content[0] ?? '', false) === edits,
  );
}

/** Reads every theme value typed in full, longest first at each position. */
export function readWholeThemeValues(s: ScanState): void {
  const { w, index } = s;
  const values = themeValues(index);
  for (let a = 0; a < w.length; a++) {
    if (s.claimed[a] || JOINERS.has(w[a] ?? '')) continue;
    let best: { value: ThemeValue; fit: Fit } | null = null;
    for (const value of values) {
      const fit = fitAt(w, a, value);
      if (!fit || !isFree(s, a, fit.end)) continue;
      if (!best || fit.end > best.fit.end || (fit.end === best.fit.end && fit.edits < best.fit.edits))
        best = { value, fit };
    }
    if (!best) continue;
    const { value, fit } = best;
    // a value of one word is read here only when typed with a slip where a theme stands ("retil industry",
    // "insurnce companies"): spelt right, the other readers read it; a slip elsewhere may be any word
    if (value.content.length === 1 && (fit.edits === 0 || !slipOfThemeWord(s, a, fit.end, values, value))) continue;
    // the words as typed count too: "project managers" fits Project Management by stem, but "managers" is a people
    // noun; a typed phrase the vocabulary holds whole ("human resources": HR) is all vocabulary
    const typed = w.slice(a, fit.end).filter((x) => !JOINERS.has(x));
    const vocabulary = isVocabulary(typed.join(' '))
      ? value.content.length
      : Math.max(value.content.filter(isVocabulary).length, typed.filter(isVocabulary).length);
    const readable =
      vocabulary === value.content.length
        ? fieldSlot(w, a, fit.end)
        : vocabulary === 0 || (value.content.length >= 3 && vocabulary < value.content.length - 1)
          ? true
          : themeSlot(w, a, fit.end);
    if (!readable) continue;
    claim(s, a, fit.end, { t: 'topic', words: [...value.words] });
    a = fit.end - 1;
  }
}
