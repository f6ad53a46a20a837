/**
 * "Which events are organised by Terrapinn?": the data has no organiser column, but an organiser lists its events on
 * its own site (www.terrapinn.com/exhibition/...). A word that is the label of a site hosting events' pages
 * (`values/eventHosts.ts`, a venue's own site left out) and is no name of the data and no English word is read as
 * "events whose web address is on <domain>". Read after the data's names, and never for a word of a name, so a
 * company, event or person of that name keeps its own reading.
 */
import type { Mention } from '../Mention';
import { inWordNet } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import { isDataName } from '../../values/ValueIndex';
import { claim, isFree, spanText, type ScanState } from './ScanState';

/** The word as its site's label is written: lower case, hyphens left out ("IEEE-CAS" -> "ieeecas"). */
function labelOf(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/-/g, '');
}

export function readEventHostNames(s: ScanState): void {
  const { tokens, index } = s;
  if (index.eventHosts.size === 0) return;
  for (let k = 0; k < tokens.length; k++) {
    if (!isFree(s, k, k + 1)) continue;
    const typed = labelOf(tokens[k]?.raw ?? '');
    const host = index.eventHosts.get(typed) ?? index.eventHosts.get(s.w[k] ?? '');
    // an ordinary word ("space" of space.org.sg) says what it means, and a word of a name of the data ("ISPE" of
    // ispe.org, in "ISPE Singapore Conference") is that name, read later: neither is whose site it is
    const word = s.w[k] ?? '';
    if (!host || inWordNet(word) || isDataName(index, word) || index.eventNameWords.has(word)) continue;
    claim(s, k, k + 1, {
      t: 'cond',
      cond: { kind: 'urlHost', domain: host.domain, said: tokens[k]?.raw ?? typed, negate: false },
    });
  }
}

/** Verb classes of putting an event on or running it (`lexicon/verbClassWords.ts`): "organise", "host", "run", "put on". */
const ORGANISING_CLASSES: ReadonlySet<string> = new Set(['stage', 'manage']);

/** True when tokens [a, b) are a verb of organising: a verb of its class, or the lexicon's organizer relation. */
function organisingAt(s: ScanState, a: number, b: number): boolean {
  if (a < 0 || b > s.w.length || a >= b) return false;
  const verb = verbClassAt(s.w.slice(a, b));
  if (verb && verb.length === b - a && ORGANISING_CLASSES.has(verb.cls)) return true;
  return s.mentions.some(
    (m) => m.t === 'relation' && m.start === a && m.end === b && m.relations.every((r) => r === 'organizer'),
  );
}

/** Takes tokens [a, b) into the host's mention: what was read there (the verb as a relation, "by") is its words. */
function absorb(s: ScanState, host: Mention, a: number, b: number): void {
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j];
    if (m && m !== host && m.start >= a && m.end <= b) s.mentions.splice(j, 1);
  }
  for (let k = a; k < b; k++) s.claimed[k] = true;
  host.start = Math.min(host.start, a);
  host.end = Math.max(host.end, b);
  host.text = spanText(s.tokens, host.start, host.end);
}

/**
 * "organised by Terrapinn", "events run by imapac", "what does Terrapinn host?": the verb of organising said with the
 * site's name is what the site condition already says (the site is the organiser), never an organizer relation
 * to a company as well. Run once the lexicon has read the verbs.
 */
export function readHostOrganisers(s: ScanState): void {
  const hosts = s.mentions.filter((m) => m.t === 'cond' && m.cond.kind === 'urlHost');
  for (const h of hosts) {
    // before it: "<verb> by <site>", "put on by <site>"
    const by = s.w[h.start - 1] === 'by' ? h.start - 1 : -1;
    if (by > 0) {
      const len = [2, 1].find((n) => organisingAt(s, by - n, by));
      if (len !== undefined) absorb(s, h, by - len, h.start);
    }
    // after it: "<site> organises", "does <site> host"
    const after = [2, 1].find((n) => organisingAt(s, h.end, h.end + n));
    if (after !== undefined) absorb(s, h, h.end, h.end + after);
  }
}
