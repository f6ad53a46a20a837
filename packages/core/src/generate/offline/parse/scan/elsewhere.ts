/**
 * "People in Germany at companies headquartered elsewhere": "elsewhere" / "somewhere else" / "in another
 * country" stand for "outside" the last country named before them, read as that negated place (the builder
 * attaches it like "outside Germany").
 */
import { claim, isFree, type ScanState } from './ScanState';

/** Phrases meaning "not in the place just named". */
const ELSEWHERE_PHRASES: readonly (readonly string[])[] = [
  ['elsewhere'],
  ['somewhere', 'else'],
  ['in', 'another', 'country'],
  ['in', 'other', 'countries'],
  ['in', 'a', 'different', 'country'],
  ['abroad'],
];

export function readElsewhere(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const phrase = ELSEWHERE_PHRASES.find((p) => p.every((x, j) => w[i + j] === x));
    if (!phrase || !isFree(s, i, i + phrase.length)) continue;
    const before = s.mentions.filter((m) => m.t === 'country' && m.end <= i).sort((a, b) => b.end - a.end)[0];
    if (before?.t !== 'country') continue;
    const end = i + phrase.length;
    claim(s, i, end, { t: 'prep', p: 'outside' });
    s.mentions.push({ start: i, end, text: before.text, t: 'country', names: [...before.names] });
    i = end - 1;
  }
}
