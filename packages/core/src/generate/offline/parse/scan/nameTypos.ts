/**
 * Names typed with a typo ("Zscalar", "Marina Bay Sand", "Singapor", "Torronto"): spans of up to four words around a
 * word nothing else reads, matched against countries, cities, venues, events and companies within the spelling allowance
 * (`text/spelling.ts`). One nearest value is read as it; several equally near become an `unclear` mention.
 */
import { inFixedAdverb } from '../../text/fixedAdverbs';
import { verbClassAt } from '../../text/verbClasses';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { isVerb, nounLemma, verbLemma, wordNet } from '../../text/language';
import { phraseEdits } from '../../text/spelling';
import { fillerSlip, likeliestTypos } from '../../text/typoTies';
import { normKey } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

type FuzzyEntry = { tokens: string[]; body: MentionBody };
const fuzzyBuckets = new WeakMap<ValueIndex, Map<string, FuzzyEntry[]>>();

/** Candidates for typo matching, bucketed by word count and first letter (built once per index). */
function bucketsOf(index: ValueIndex): Map<string, FuzzyEntry[]> {
  let buckets = fuzzyBuckets.get(index);
  if (buckets) return buckets;
  const made = new Map<string, FuzzyEntry[]>();
  const add = (key: string, body: MentionBody): void => {
    const tokens = key.split(' ');
    const id = `${tokens.length}:${key[0] ?? ''}`;
    const list = made.get(id) ?? [];
    list.push({ tokens, body });
    made.set(id, list);
  };
  for (const [key, hit] of index.countries) if (!hit.strict) add(key, { t: 'country', names: hit.names });
  for (const [key, hit] of index.venues) add(key, { t: 'venue', hit });
  // cities by every name they go by ("Torronto", "Melborne"): a city typed with a slip is a place like a country
  for (const [key, hit] of index.cities) add(key, { t: 'city', name: hit.label, values: [...hit.values] });
  for (const [key, hit] of index.events) if (hit.quality >= 2 && !hit.needsCaps) add(key, { t: 'event', hit });
  for (const [key, hit] of index.companies) if (hit.quality >= 2 && !hit.needsCaps) add(key, { t: 'company', hit });
  fuzzyBuckets.set(index, made);
  buckets = made;
  return buckets;
}

const nameWordSets = new WeakMap<ValueIndex, ReadonlySet<string>>();

/** Every word of the data's event and company names, as normalised (built once per index). */
function nameWordsOf(index: ValueIndex): ReadonlySet<string> {
  let words = nameWordSets.get(index);
  if (!words) {
    words = new Set(index.named.flatMap((e) => normKey(e.name).split(' ')).filter(Boolean));
    nameWordSets.set(index, words);
  }
  return words;
}

/**
 * The values whose key is nearest the span within the spelling allowance of each word (countries, venues,
 * events, companies): one when it is unique, several on a tie (asked about, not guessed), none when far.
 */
function fuzzyLookup(index: ValueIndex, span: string[], ownWord = false): MentionBody[] {
  // a span spelt exactly as a company, an event or a place is that name, however near another one it is
  // ("Quilltrix" is not "Quillgrid", "americans" is not "the americas"); the exact readers come later and read it
  const key = span.join(' ');
  if (index.companies.has(key) || index.events.has(key) || index.countries.has(key)) return [];
  // ... and words each spelt as a word of some event's or company's name ("spellman", of two companies' names) are
  // those names' words, for the loose-name reader, not a slip of a third name ("Spelman College")
  const own = nameWordsOf(index);
  if (span.every((x) => own.has(x))) return [];
  let best = Infinity;
  let found: { key: string; body: MentionBody }[] = [];
  for (const e of bucketsOf(index).get(`${span.length}:${span[0]?.[0] ?? ''}`) ?? []) {
    const short = span.length === 1 && (span[0] ?? '').length === 4;
    // a span around a word of its own is a name typed with one slip, every other word exact ("united stages")
    if (ownWord && span.filter((x, k) => x !== e.tokens[k]).length > 1) continue;
    const d = short
      ? droppedLetter(span, e.tokens)
      : (phraseEdits(span, e.tokens) ?? (e.body.t === 'event' ? abbreviatedEdits(span, e.tokens) : null));
    if (d === null || d === 0 || d > best) continue;
    if (d < best) {
      best = d;
      found = [];
    }
    const name = JSON.stringify(e.body);
    if (!found.some((f) => JSON.stringify(f.body) === name)) found.push({ key: e.tokens.join(' '), body: e.body });
  }
  const [typed] = span;
  // one typed word as near a filler word, and likelier its slip, is that word ("chers" closing a question is
  // "cheers", not the "chefs" of an event's name): no name, for the slip correction to read
  if (
    span.length === 1 &&
    typed !== undefined &&
    fillerSlip(
      typed,
      found.map((f) => f.key),
    )
  )
    return [];
  // one typed word equally near two names: the one it most likely is a slip of ("austrlia" dropped a letter of
  // "australia"; reaching "austria" needs a letter added), as for vocabulary words (`text/typoTies.ts`)
  if (span.length === 1 && typed !== undefined && found.length > 1) {
    const likeliest = new Set(
      likeliestTypos(
        typed,
        found.map((f) => f.key),
      ),
    );
    found = found.filter((f) => likeliest.has(f.key));
  }
  return found.map((f) => f.body);
}

/**
 * A typed word that shortens a word of a name: its first three letters or more ("ecomm" for "ecommerce", "intl"
 * is not one) or, typed without vowels, its consonants in order from the same first letter ("wk" for "week",
 * "mgmt" for "management").
 */
export function abbreviates(typed: string, word: string): boolean {
  if (typed.length >= word.length || typed[0] !== word[0]) return false;
  if (typed.length >= 3 && word.startsWith(typed)) return true;
  if (typed.length < 2 || /[aeiou]/.test(typed)) return false;
  let k = 0;
  for (const ch of word) if (ch === typed[k]) k++;
  return k === typed.length;
}

/**
 * An event name typed with some words shortened ("ecomm expo asia", "commodity trading wk"): every other word
 * spelt as in the name (or within one typo), at least one of them exactly. The number of words not typed in
 * full, or null.
 */
export function abbreviatedEdits(typed: readonly string[], known: readonly string[]): number | null {
  if (typed.length !== known.length || typed.length < 2) return null;
  let exact = 0;
  let cost = 0;
  for (let k = 0; k < typed.length; k++) {
    const x = typed[k] ?? '';
    const y = known[k] ?? '';
    if (x === y) exact++;
    else if (abbreviates(x, y) || phraseEdits([x], [y]) !== null) cost++;
    else return null;
  }
  return exact > 0 ? cost : null;
}

/** True when the word is an English verb inflected ("sends", "hosted", "visiting"): its lemma is another word. */
function inflectedVerb(word: string): boolean {
  return verbLemma(word) !== word && isVerb(word);
}

/** True when WordNet knows the word ("head" is a word, not a typo of "Heard"). */
function englishWord(word: string): boolean {
  const wn = wordNet();
  return (['noun', 'verb', 'adj', 'adv'] as const).some(
    (pos) => wn.senses(word, pos).length > 0 || (pos === 'noun' && wn.senses(nounLemma(word), pos).length > 0),
  );
}

/**
 * One word of four letters (no English word) typed with a letter of a five-letter name left out ("inia", "jaan"): the shortest
 * words get no edit otherwise, but a dropped letter keeps every other letter in order, which two different
 * words rarely share. The first letter must be there. 1 (one edit) or null.
 */
function droppedLetter(span: readonly string[], known: readonly string[]): number | null {
  const typed = span[0] ?? '';
  const name = known[0] ?? '';
  if (span.length !== 1 || known.length !== 1 || typed.length !== 4 || name.length !== 5) return null;
  for (let k = 1; k < name.length; k++) if (name.slice(0, k) + name.slice(k + 1) === typed) return 1;
  return null;
}

/** True when the word at i is inside a free span spelt exactly as a country or region of the index. */
function inExactPlace(s: ScanState, i: number): boolean {
  for (let len = 1; len <= 4; len++)
    for (let from = Math.max(0, i - len + 1); from <= i; from++)
      if (isFree(s, from, from + len) && s.index.countries.has(s.w.slice(from, from + len).join(' '))) return true;
  return false;
}

/** Titles that must use a phrase before its words are taken as spelt right ("front office": Front Office Manager). */
const TITLE_PHRASE_USES = 2;

/** True when the word at i and a neighbour make a two-word phrase of the data's job titles. */
function inTitlePhrase(s: ScanState, i: number): boolean {
  const uses = (a: number): number => s.index.titlePhrases.get(`${s.w[a] ?? ''} ${s.w[a + 1] ?? ''}`) ?? 0;
  return (i + 1 < s.w.length && uses(i) >= TITLE_PHRASE_USES) || (i > 0 && uses(i - 1) >= TITLE_PHRASE_USES);
}

export function readNameTypos(s: ScanState): void {
  const { w, index, claimed } = s;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    if (
      claimed[i] ||
      FILLER_WORDS.has(w[i] ?? '') ||
      LEXICON.has(w[i] ?? '') ||
      (w[i] ?? '').length < 4 ||
      /^\d/.test(w[i] ?? '')
    )
      continue;
    // a verb read by its meaning ("finish" is not a typo of "Finnish") or a word of the data's running text is
    // itself, alone; inside a name of several words typed with the others exact it is the slip ("united stages")
    // and so is an inflected form of an English verb ("sends" is not a slip of "Sands", "hosts" not of a name)
    const wordOfItsOwn =
      index.commonWords.has(w[i] ?? '') || verbClassAt([w[i] ?? '']) !== null || inflectedVerb(w[i] ?? '');
    // a word of a place spelt exactly ("south korean", "old blighty") is read with it by the exact readers
    if (inExactPlace(s, i)) continue;
    // a word of a phrase the data's job titles use with its neighbour ("front office managers") is spelt right
    if (inTitlePhrase(s, i)) continue;
    // ... and so is a word of an adverb of several words ("in front of them")
    if (inFixedAdverb(w, i)) continue;
    let done = false;
    // a four-letter word is only read alone, with a letter dropped (`droppedLetter`)
    const four = (w[i] ?? '').length === 4;
    if (four && englishWord(w[i] ?? '')) continue;
    const longest = four ? 1 : 4;
    for (let len = Math.min(longest, n); len >= (wordOfItsOwn ? 2 : 1) && !done; len--) {
      for (let from = Math.max(0, i - len + 1); from <= i && from + len <= n && !done; from++) {
        if (!isFree(s, from, from + len)) continue;
        const span = w.slice(from, from + len);
        const found = fuzzyLookup(index, span, wordOfItsOwn);
        if (found.length === 1 && found[0]) {
          claim(s, from, from + len, found[0]);
          done = true;
        } else if (found.length > 1) {
          claim(s, from, from + len, {
            t: 'unclear',
            about: 'name',
            why: 'several names are this close',
            options: found,
          });
          done = true;
        }
      }
    }
  }
}

/** The fewest words of a name read with a slip before the themes and places (`readLongNameSlips`). */
const LONG_NAME_WORDS = 3;

/**
 * Names of three words or more typed with one slip, every other word exact ("aviation conference sibgapore", "lng
 * expo asia paicfic 2023"), read with the database names: a span so long is that name, before the themes, places
 * and regions take its words apart ("aviation" a theme, "asia pacific" a region, the slip left over). A slip in a
 * number ("2024" for "2023") is another event, never this one; and two names as near are left to `readNameTypos`.
 */
export function readLongNameSlips(s: ScanState): void {
  const { w, index } = s;
  for (let len = Math.min(index.maxSpan, w.length); len >= LONG_NAME_WORDS; len--)
    for (let from = 0; from + len <= w.length; from++) {
      if (!isFree(s, from, from + len)) continue;
      const span = w.slice(from, from + len);
      if (span.some((x) => x.length === 0)) continue;
      const found = fuzzyLookup(index, span, true).filter((b) => b.t === 'event' || b.t === 'company');
      const [body] = found;
      if (found.length !== 1 || !body) continue;
      const key = body.t === 'event' || body.t === 'company' ? nearestKey(index, span, body) : null;
      // the word typed off is letters: a different number names a different event
      if (key === null || span.some((x, k) => x !== key[k] && /\d/.test(`${x}${key[k] ?? ''}`))) continue;
      if (overlapsExactName(s, from, from + len)) continue;
      claim(s, from, from + len, body);
    }
}

/** True when an event's or a company's name typed exactly, as long as [a, b) or longer, overlaps it: that name wins. */
function overlapsExactName(s: ScanState, a: number, b: number): boolean {
  const { w, index } = s;
  for (let len = Math.min(index.maxSpan, w.length); len >= b - a; len--)
    for (let from = Math.max(0, a - len + 1); from < b && from + len <= w.length; from++) {
      const key = w.slice(from, from + len).join(' ');
      if (index.events.has(key) || index.companies.has(key)) return true;
    }
  return false;
}

/** The words of the fuzzy entry whose body is `body` and whose length is the span's (for `readLongNameSlips`). */
function nearestKey(index: ValueIndex, span: readonly string[], body: MentionBody): string[] | null {
  const wanted = JSON.stringify(body);
  for (const e of bucketsOf(index).get(`${span.length}:${span[0]?.[0] ?? ''}`) ?? [])
    if (JSON.stringify(e.body) === wanted && span.filter((x, k) => x !== e.tokens[k]).length <= 1) return e.tokens;
  return null;
}
