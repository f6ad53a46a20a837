/**
 * A list of examples closing the question ("consumer shows in sg? food, pets, that kinda thing", "suppliers in
 * banking, insurance and the like"): themes given as members of the kind asked for. The kind is their union: the
 * theme the question's own noun carries (if any) or any of the examples, never all of them at once, and no name
 * assembled from the items' words ("Bravo Pet Foods" from "food, pets"). Items are the clauses before a closing
 * phrase (`lexicon/exampleWords.ts` EXAMPLE_LIST_CLOSERS), each naming a theme of the data (`matchTopic`); a list
 * with an item naming nothing is left to the other recognisers (and asked about).
 */
import { classifyJobFunctions, classifySeniority } from '@musaeid/db';
import { nounLemma, wordNet } from '../../text/language';
import { singular } from '../../text/tokenize';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { EXAMPLE_LIST_CLOSERS } from '../../lexicon/exampleWords';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import { matchTopic, themeContent } from '../matchTopic';
import { clauseBounds } from '../socialClauses';
import { claim, type ScanState } from './ScanState';

const CLOSERS: readonly string[][] = EXAMPLE_LIST_CLOSERS.map((p) => p.split(' '));

/** The length of the closing phrase the words end with, or 0. */
function closerAtEnd(words: readonly string[]): number {
  for (const c of CLOSERS)
    if (c.length <= words.length && c.every((x, k) => words[words.length - c.length + k] === x)) return c.length;
  return 0;
}

/** The words of one item (a clause, or the part of it before the closer), split on "and" / "or". */
function alternatives(words: readonly string[]): string[][] {
  const out: string[][] = [[]];
  for (const x of words) {
    if (x === 'and' || x === 'or') out.push([]);
    else if (!FILLER_WORDS.has(x)) out[out.length - 1]?.push(x);
  }
  return out.filter((a) => themeContent(a).length > 0);
}

/** True when every token of [a, b) is unread or read as a theme wholly inside the span. */
function freeOrThemes(s: ScanState, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (!s.claimed[k]) continue;
    const m = s.mentions.find((x) => x.start <= k && x.end > k);
    if (m?.t !== 'topic' || m.start < a || m.end > b) return false;
  }
  return true;
}

/**
 * The words are a job title by the data's own rule of seniority ("cfos", "finance managers": a level is what makes a
 * title; a job function alone is a field, as themes are: "marketing", "banking").
 */
function isJobTitle(words: readonly string[]): boolean {
  return classifySeniority(words.map(singular).join(' ')) !== null;
}

/** WordNet's lexicographer file of nouns of people. */
const PERSON_FILE = 18;

/**
 * The item's head noun names a kind of person in its usual sense ("accountants", "controllers", "recruiters"): after
 * a job function it is an example of the function's people (`exampleTitles.ts`), never a theme the word also names
 * (accounting's industries).
 */
function namesPersons(words: readonly string[]): boolean {
  const head = words.at(-1);
  if (head === undefined) return false;
  const [first] = wordNet().senses(nounLemma(head), 'noun');
  return first !== undefined && wordNet().synset(first, 'noun').lexFile === PERSON_FILE;
}

/** The job functions the vocabulary's words before token `a` name (read later: the lexicon), none when none does. */
function functionsBefore(s: ScanState, a: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < a; k++)
    for (let len = 1; len <= MAX_LEXICON_SPAN && k + len <= a; len++)
      for (const r of LEXICON.get(s.w.slice(k, k + len).join(' ')) ?? []) if (r.t === 'function') out.push(...r.values);
  return out;
}
const functionBefore = (s: ScanState, a: number): boolean => functionsBefore(s, a).length > 0;

/**
 * "finance people at X - cfos, controllers, accountants, that sort of thing": job titles closing the question as
 * examples, every one of which the data's own rules file under a job function the question already names, restate
 * that function: they add no condition (the function says it) and no theme. Returns true when it read them so. A list
 * with a title of another function or only of a level ("vps, directors, that kind of thing": a level, narrower) is
 * left to `exampleTitles.ts`.
 */
function readRestatedFunctionExamples(
  s: ScanState,
  candidates: readonly [number, number][],
  closerAt: number,
): boolean {
  const [firstItem] = candidates;
  if (!firstItem) return false;
  const named = functionsBefore(s, firstItem[0]);
  if (named.length === 0) return false;
  let first = closerAt;
  for (let c = candidates.length - 1; c >= 0; c--) {
    const [a, b] = candidates[c] ?? [0, 0];
    if (b !== first && c !== candidates.length - 1) break;
    const alts = alternatives(s.w.slice(a, b));
    const restates = (x: readonly string[]): boolean =>
      // the head noun in the singular ("sales directors": sales director, never "sale director")
      classifyJobFunctions([...x.slice(0, -1), singular(x.at(-1) ?? '')].join(' ')).some((f) => named.includes(f));
    if (alts.length === 0 || !alts.every(restates)) break;
    first = a;
  }
  if (first === closerAt) return false;
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k];
    if (m && m.start >= first && m.end <= closerAt) s.mentions.splice(k, 1);
  }
  for (let k = first; k < closerAt; k++) s.claimed[k] = true;
  return true;
}

export function readExampleThemes(s: ScanState, text: string): void {
  const bounds = clauseBounds(text, s.w.length);
  if (!bounds || bounds.length < 2) return;
  const last = bounds[bounds.length - 1];
  if (!last) return;
  // the closer as typed (a vocabulary pass may have respelt its words: "sort", "thing")
  const typed = s.tokens.slice(last[0], last[1]).map((t) => t.raw.toLowerCase());
  const closer = closerAtEnd(typed);
  if (closer === 0) return;
  // the closer alone is the last clause ("..., that kinda thing"), or it closes the last item ("pets etc")
  const candidates: [number, number][] = [];
  if (last[1] - closer > last[0]) candidates.push([last[0], last[1] - closer]);
  for (let c = bounds.length - 2; c >= 1; c--) {
    const b = bounds[c];
    if (b) candidates.unshift(b);
  }
  // job titles of the function the question names, given as examples of it: no condition of their own
  if (readRestatedFunctionExamples(s, candidates, last[1] - closer)) {
    for (let k = last[1] - closer; k < last[1]; k++) s.claimed[k] = true;
    return;
  }
  // the items: the clauses right before the closer (the question's first clause never), each naming themes
  const spans: [number, number][] = [];
  for (let c = candidates.length - 1; c >= 0; c--) {
    const [a, b] = candidates[c] ?? [0, 0];
    const alts = alternatives(s.w.slice(a, b));
    if (!freeOrThemes(s, a, b) || alts.length === 0 || !alts.every((x) => matchTopic(x, s.index).any)) break;
    // "cfos, finance managers etc": job titles are examples of a kind of people (`exampleTitles.ts`), not themes
    if (alts.some(isJobTitle)) break;
    // ... and so are nouns of people after a job function ("finance people - controllers, accountants, ...")
    if (functionBefore(s, a) && alts.some(namesPersons)) break;
    spans.unshift([a, b]);
  }
  if (spans.length === 0) return;
  const items = spans.flatMap(([a, b]) => alternatives(s.w.slice(a, b)));
  const joined = items.flatMap((x, k) => (k === 0 ? x : ['or', ...x]));
  const first = spans[0]?.[0] ?? 0;
  const end = spans[spans.length - 1]?.[1] ?? first;
  // the closing phrase says only that the items are examples: no recogniser reads its words ("thing" is no theme)
  for (let k = last[1] - closer; k < last[1]; k++) s.claimed[k] = true;
  // the themes read inside the items one by one are read again as the one list
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k];
    if (m && m.start >= first && m.end <= end) s.mentions.splice(k, 1);
  }
  // the kind's own theme, said before the examples ("consumer shows"): the examples are more members of it
  const head = [...s.mentions].reverse().find((m) => m.t === 'topic' && m.end <= first);
  if (head?.t === 'topic') {
    head.words = [...head.words, 'or', ...joined];
    for (let k = first; k < end; k++) s.claimed[k] = true;
    return;
  }
  for (let k = first; k < end; k++) s.claimed[k] = false;
  claim(s, first, end, { t: 'topic', words: joined });
}
