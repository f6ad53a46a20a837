/**
 * Event names shortened to two or more of their words ("Cloud Expo", "Downstream Summit"), from the variants the
 * value index keeps for each event; names that are common words need capitals and are left to `readValues`.
 */
import { claim, isFree, readAcrossBreaks, type ScanState } from './ScanState';

export function readShortEventNames(s: ScanState): void {
  const { w, index } = s;
  const n = w.length;
  for (let len = Math.min(index.maxSpan, n); len >= 2; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (!isFree(s, i, i + len)) continue;
      const ev = index.events.get(w.slice(i, i + len).join(' '));
      if (ev && !ev.needsCaps && readAcrossBreaks(s, i, i + len, ev.names))
        claim(s, i, i + len, { t: 'event', hit: ev });
    }
  }
}
