/**
 * Initials joined by "&" ("o&g events", "a&a events", "m&a companies"; the tokenizer reads "&" and "+" as "and"):
 * single letters no reader takes as a word ("a" is an article), so without this step they vanished and the question
 * was answered without them. They are read as a theme only where the data's vocabulary gives them one reading: the
 * initials used in one tag's own description ("F&B trade and consumer fairs"), or the initials of exactly one theme
 * label (`themeInitials.ts`: "o&g" Oil & Gas) and of no other pair of nouns the data's job titles join the same way
 * ("Mergers & Acquisitions", "Meetings & Events"). Initials of several labels or
 * phrases ("a&a": Aviation & Aerospace, Agriculture & Agritech; "m&a": Marketing & Advertising or Mergers &
 * Acquisitions), or of none, are asked about, offering the theme labels they spell.
 */
import { nounLemma, wordNet } from '../../text/language';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { labelsOfInitials } from '../themeInitials';
import type { ScanState } from './ScanState';

const JOINED_PAIR = /\b([a-z]{3,}) and ([a-z]{3,})\b/g;
/** How many of the other phrases spelt so the question names. */
const NAMED_RIVALS = 3;

const cache = new WeakMap<ValueIndex, ReadonlyMap<string, readonly string[]>>();

/** True when WordNet knows the word as a noun (in its dictionary form). */
function isNoun(word: string): boolean {
  const wn = wordNet();
  return wn.senses(word, 'noun').length > 0 || wn.senses(nounLemma(word), 'noun').length > 0;
}

/** Pairs of nouns the job titles join by "&" / "and" ("mergers and acquisitions"), by their initials. */
function titlePairs(index: ValueIndex): ReadonlyMap<string, readonly string[]> {
  const hit = cache.get(index);
  if (hit) return hit;
  const out = new Map<string, string[]>();
  const nouns = new Map<string, boolean>();
  const noun = (x: string): boolean => {
    const known = nouns.get(x) ?? isNoun(x);
    nouns.set(x, known);
    return known;
  };
  for (const title of index.titleTexts)
    for (const m of title.matchAll(JOINED_PAIR)) {
      const [, a = '', b = ''] = m;
      if (!noun(a) || !noun(b)) continue;
      const letters = `${a[0] ?? ''}${b[0] ?? ''}`;
      const phrase = `${a} and ${b}`;
      const list = out.get(letters) ?? [];
      if (!list.includes(phrase)) list.push(phrase);
      out.set(letters, list);
    }
  cache.set(index, out);
  return out;
}

export function readAmpersandInitials(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 2 < w.length; i++) {
    const [x = '', join, y = ''] = [w[i], w[i + 1], w[i + 2]];
    if (join !== 'and' || !/^[a-z]$/.test(x) || !/^[a-z]$/.test(y) || s.claimed[i] || s.claimed[i + 2]) continue;
    // "o and g and ..." is a longer initialism, "r and d" a job word: read by others (the lexicon's phrases)
    if (w[i + 3] === 'and' || w[i - 1] === 'and' || LEXICON.has(`${x} and ${y}`)) continue;
    const labels = labelsOfInitials(x + y, s.index);
    const own = new Set(labels.map((l) => l.words.filter((v) => v !== 'and').join(' ')));
    const rivals = (titlePairs(s.index).get(x + y) ?? []).filter((p) => !own.has(p.replace(' and ', ' ')));
    const typed = `${x}&${y}`;
    // a tag whose own description uses the initials ("F&B trade and consumer fairs") is their reading in the data
    const described = s.index.tags.filter((t) => t.descText.includes(` ${x} and ${y} `));
    const only = labels.length === 1 && rivals.length === 0 ? labels[0] : undefined;
    if (only || described.length === 1) {
      s.claimed[i] = s.claimed[i + 1] = s.claimed[i + 2] = true;
      s.mentions.push({ start: i, end: i + 3, text: typed, t: 'topic', words: [x, 'and', y] });
      continue;
    }
    const spelt = [...labels.map((l) => l.label), ...rivals.slice(0, NAMED_RIVALS)];
    s.claimed[i] = s.claimed[i + 1] = s.claimed[i + 2] = true;
    s.mentions.push({
      start: i,
      end: i + 3,
      text: typed,
      t: 'unclear',
      about: 'word',
      why:
        spelt.length > 0
          ? `"${typed}" are the initials of several things in the data (${spelt.join('; ')})`
          : `"${typed}" are the initials of no theme in the data`,
      options: [],
      choices: labels.map((l) => ({ label: `the theme ${l.label}`, replacement: l.words.join(' ') })),
    });
  }
}
