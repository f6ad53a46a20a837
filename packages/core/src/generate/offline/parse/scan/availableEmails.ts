/**
 * "a usable e-mail address", "a valid email", "an email we can build", "where an email can be derived": words that
 * say an e-mail is there to use restate that the person has one. The data's e-mails are built from each company's
 * pattern and the person's name, so an e-mail the data holds is one that can be built, used or reached: these words
 * add nothing to "has an e-mail address" (or, negated, "has none"), which the e-mail said with them already asks.
 * They were asked about ("What did you mean by usable?"). An adjective right before the e-mail words
 * (`lexicon/missingValueWords.ts` `AVAILABLE_VALUE_ADJECTIVES`), and a clause right after them of a verb of working
 * it out (`DERIVING_VERBS`: "(that) we can build", "(which) can be derived", "we could work out"), with the "where"
 * that opens such a clause ("... where an email can be derived"), are read as part of the e-mail.
 */
import { AVAILABLE_VALUE_ADJECTIVES, DERIVING_VERBS } from '../../lexicon/missingValueWords';
import { verbLemma } from '../../text/language';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Subjects of the clause of working an e-mail out ("we can build"). */
const SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'u', 'one', 'they']);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'would', 'will']);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
/** Particles of a phrasal verb of working out ("work out", "figure out", "put together"). */
const PARTICLES: ReadonlySet<string> = new Set(['out', 'together', 'up']);

const isEmail = (m: Mention | undefined): boolean => m?.t === 'attribute' && m.attr === 'email';

/** The end of a clause of working the e-mail out starting at k ("we can build", "can be derived"), or -1. */
function derivingClauseEnd(w: readonly string[], k: number): number {
  let j = RELATIVES.has(w[k] ?? '') ? k + 1 : k;
  if (SUBJECTS.has(w[j] ?? '')) j++;
  if (!MODALS.has(w[j] ?? '')) return -1;
  j++;
  if (w[j] === 'be') j++;
  if (!DERIVING_VERBS.has(verbLemma(w[j] ?? ''))) return -1;
  j++;
  return PARTICLES.has(w[j] ?? '') ? j + 1 : j;
}

/** Reads the words of an e-mail being there to use as part of the e-mail (see the module comment). */
export function readAvailableEmails(s: ScanState): void {
  const { w, mentions } = s;
  const emails = mentions.filter(isEmail);
  const spans: [number, number][] = [];
  for (const m of emails) {
    // "a usable e-mail address": the adjective right before the e-mail words
    if (AVAILABLE_VALUE_ADJECTIVES.has(w[m.start - 1] ?? '')) spans.push([m.start - 1, m.start]);
    // "an email we can build": the clause right after the e-mail words (after "address(es)" read on its own too)
    const after = mentions.find((x) => x.start === m.end && x.t === 'attribute' && x.attr === 'address');
    const end = derivingClauseEnd(w, after?.end ?? m.end);
    if (end < 0) continue;
    spans.push([after?.end ?? m.end, end]);
    // "... where an email can be derived": the "where" opening the clause asks no place
    const lead = w[m.start - 1] === 'an' || w[m.start - 1] === 'a' ? m.start - 2 : m.start - 1;
    if (w[lead] === 'where') spans.push([lead, lead + 1]);
  }
  for (const [a, b] of spans) {
    for (let j = mentions.length - 1; j >= 0; j--) {
      const x = mentions[j];
      if (x && x.start >= a && x.end <= b && !isEmail(x)) mentions.splice(j, 1);
    }
    for (let k = a; k < b; k++) s.claimed[k] = true;
  }
}
