/**
 * A verb of working together with a company as its object ("who is working with Dyson?", "which companies
 * collaborate with Dyson", "people teaming up with X"): the data holds no dealings between companies, only who works
 * where and who takes part in which events. The verb was asked about as a word nothing matched (or "works" was read
 * as an industry); it is asked back with the readings the data holds: the people employed at the company (for
 * "work", said of people or "who") and those taking part in the same events as it, each replacing the verb in the
 * question when chosen. The verb class is WordNet's (`text/verbClasses.ts`, class `collaborate`).
 */
import {
  AT_THE_SAME_EVENTS,
  EMPLOYED_AT,
  EMPLOYMENT_COLLABORATION_VERBS,
  type VerbForm,
} from '../../lexicon/collaborationWords';
import { verbLemma } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import type { NamedHit } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { capsOk, claim, isFree, type ScanState } from './ScanState';

/** The form a verb was typed in ("working": ing, "works": third, "worked" / "took": past, "work": base). */
function formOf(verb: string): VerbForm {
  if (verb.endsWith('ing')) return 'ing';
  if (verbLemma(verb) === verb) return 'base';
  return verb.endsWith('s') ? 'third' : 'past';
}

/** The company named at token `j` (read already, or a name of the index there), or null. */
function companyAt(s: ScanState, j: number): NamedHit | null {
  const read = s.mentions.find((m) => m.start === j);
  if (read) return read.t === 'company' ? read.hit : null;
  for (let len = Math.min(s.index.maxSpan, s.w.length - j); len >= 1; len--) {
    const key = s.w.slice(j, j + len).join(' ');
    const hit = s.index.companies.get(key);
    // a name an event holds too ("partnering with dmwf") is left to the grammar of events (`values.ts`)
    if (s.index.events.has(key) || s.index.eventNameWords.has(key)) return null;
    if (hit && isFree(s, j, j + len) && (!hit.needsCaps || capsOk(s, j, j + len))) return hit;
  }
  return null;
}

/** True when the nearest noun of an entity before token `i` is a noun of companies ("which companies work with"). */
function companiesBefore(s: ScanState, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const entity = LEXICON.get(s.w[k] ?? '')?.find((r) => r.t === 'entity');
    if (entity?.t === 'entity') return entity.entity === 'companies';
  }
  return false;
}

/**
 * Claims each verb of working together whose object after "with" is a company as an `unclear` word, offering the
 * readings as words replacing it ("working with" -> "working at" / "taking part in the same events as").
 * @example "who is working with dyson?" // unclear "working with": the people working at Dyson, or the companies at its events
 */
export function readCollaborationVerbs(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const verb = w[i] ?? '';
    const hit = verbClassAt(w.slice(i, i + 3));
    if (hit?.cls !== 'collaborate') continue;
    // "work with" and "team up with" hold their "with"; "collaborate", "cooperate" take it after them
    const end =
      w[i + hit.length - 1] === 'with' ? i + hit.length : w[i + hit.length] === 'with' ? i + hit.length + 1 : 0;
    if (end === 0 || !isFree(s, i, end)) continue;
    const company = companyAt(s, end);
    const [name] = company?.names ?? [];
    if (!name) continue;
    const form = formOf(verb);
    const employment = EMPLOYMENT_COLLABORATION_VERBS.has(verbLemma(verb)) && !companiesBefore(s, i);
    claim(s, i, end, {
      t: 'unclear',
      about: 'word',
      why: `The data holds who works at ${name} and which events it takes part in, not whom it works with`,
      options: [],
      choices: [
        ...(employment ? [{ label: `the people working at ${name}`, replacement: EMPLOYED_AT[form] }] : []),
        { label: `those taking part in the same events as ${name}`, replacement: AT_THE_SAME_EVENTS[form] },
      ],
    });
    i = end - 1;
  }
}
