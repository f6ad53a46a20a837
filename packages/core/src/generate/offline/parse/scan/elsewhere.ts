/**
 * "People in Germany at companies headquartered elsewhere": "elsewhere" / "somewhere else" / "in another
 * country" stand for "outside" the last country named before them, read as that negated place (the builder
 * attaches it like "outside Germany").
 */
import { claim, isFree, type ScanState, spanText } from './ScanState';

/** Phrases meaning "not in the place just named". */
const ELSEWHERE_PHRASES: readonly (readonly string[])[] = [
  ['elsewhere'],
  ['somewhere', 'else'],
  ['in', 'another', 'country'],
  ['in', 'other', 'countries'],
  ['in', 'a', 'different', 'country'],
  ['abroad'],
];

/**
 * "their company is headquartered in another country": the place preposition read with its "in" ("headquartered
 * in") and "another" read as "other" leave the phrase no free words; the preposition gives up its "in" (it stays
 * "headquartered", whose place the phrase is) and "other" its word, so the phrase is read as everywhere else.
 */
function freeInPhrase(s: ScanState, i: number, end: number): boolean {
  if (s.w[i] !== 'in') return isFree(s, i, end);
  const prep = s.mentions.find((m) => m.t === 'prep' && m.start < i && m.end === i + 1);
  const others = s.mentions.filter((m) => m.start > i && m.end <= end);
  if (!prep || !others.every((m) => m.t === 'other') || !isFree(s, end, end)) return isFree(s, i, end);
  for (let k = i + 1; k < end; k++) if (s.claimed[k] && !others.some((m) => m.start <= k && k < m.end)) return false;
  prep.end = i;
  prep.text = spanText(s.tokens, prep.start, i);
  for (const m of others) s.mentions.splice(s.mentions.indexOf(m), 1);
  for (let k = i; k < end; k++) s.claimed[k] = false;
  return true;
}

export function readElsewhere(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const phrase = ELSEWHERE_PHRASES.find((p) => p.every((x, j) => w[i + j] === x));
    if (!phrase || !freeInPhrase(s, i, i + phrase.length)) continue;
    const before = s.mentions.filter((m) => m.t === 'country' && m.end <= i).sort((a, b) => b.end - a.end)[0];
    if (before?.t !== 'country') continue;
    const end = i + phrase.length;
    claim(s, i, end, { t: 'prep', p: 'outside' });
    s.mentions.push({ start: i, end, text: before.text, t: 'country', names: [...before.names] });
    i = end - 1;
  }
}
