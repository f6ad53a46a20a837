/**
 * "the average length, in days, of the events", "duration in days": a unit phrase after a measured attribute
 * says how the value is given (durations are stored in days), not a theme of the events. Read with the
 * attribute, so "days" is never taken for a word of the events' text.
 */
import type { ScanState } from './ScanState';

const UNIT_WORDS = new Set(['days', 'day']);
const MEASURED = new Set(['duration']);

export function readUnitPhrases(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !UNIT_WORDS.has(w[i] ?? '') || w[i - 1] !== 'in') continue;
    const attribute = s.mentions.find(
      (m) => m.t === 'attribute' && MEASURED.has(m.attr) && m.end <= i - 1 && m.end >= i - 3,
    );
    if (!attribute) continue;
    s.claimed[i] = true;
    const prep = s.mentions.find((m) => m.t === 'prep' && m.start === i - 1);
    if (prep) s.mentions.splice(s.mentions.indexOf(prep), 1);
    s.claimed[i - 1] = true;
  }
}
