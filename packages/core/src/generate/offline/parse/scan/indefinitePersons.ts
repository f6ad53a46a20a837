/**
 * "do we have anyone from TikTok", "any1 at Dyson?", "is there somebody working at Siemens", "anyone from the
 * sponsors of X", "anyone at ahice": an indefinite person pronoun tied to a named company, a noun of companies or an
 * event by "from" / "at" / "with" / "working at" asks for the people who work there (at the event: at its companies).
 * Read only so tied. Right before a relation verb ("anyone sponsoring both X and Y?", "is anyone exhibiting at X")
 * the pronoun is the verb's subject, whoever does it: read as "who" is (the companies in that relation), so that
 * the verb's objects ("both X and Y") have a subject to link and the answer is never the event itself.
 */
import { PERSON_PRONOUNS } from '../../lexicon/fillerWords';
import type { Mention } from '../Mention';
import { claim, type ScanState } from './ScanState';

/** Words that may tie the pronoun to the company after it. */
const TIES: ReadonlySet<string> = new Set([
  'from',
  'at',
  'with',
  'in',
  'working',
  'who',
  'that',
  'works',
  'work',
  'employed',
  'by',
  'for',
  'inside',
  'over',
  'the',
  // "anyone at those companies", "anybody from these sponsors": a demonstrative, as the article, leads to the noun
  'those',
  'these',
  // "anyone based in London at X", "anybody located in Japan": where the person is, then the company
  'based',
  'located',
]);

/** Places a person may be from, and the words saying so. */
const PLACES: ReadonlySet<string> = new Set(['country', 'city', 'state', 'region']);
const PLACE_TIES: ReadonlySet<string> = new Set(['from', 'in']);

/**
 * Mentions before a noun of companies that say which ones ("the fintech sponsors", "the 2025 exhibitors"): a theme,
 * an event, a window or other condition. They describe the companies' events or the companies, never the people.
 */
const COMPANY_DESCRIBERS: ReadonlySet<Mention['t']> = new Set(['topic', 'event', 'cond']);

/** What the tie words lead to: a name, a noun of companies, or words describing them. */
const NAMED_KINDS: ReadonlySet<Mention['t']> = new Set([...COMPANY_DESCRIBERS, 'company', 'entity']);

export function readIndefinitePersons(s: ScanState): void {
  const { w } = s;
  const fromPrep = (at: number): boolean =>
    s.mentions.some((m) => m.t === 'prep' && m.start === at && PLACE_TIES.has(m.p));
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i] || !PERSON_PRONOUNS.has(w[i] ?? '')) continue;
    if (s.mentions.some((m) => m.t === 'relation' && m.start === i + 1)) {
      claim(s, i, i + 1, { t: 'who' });
      continue;
    }
    // the company must come after tie words only (a function or level between is the people's: "anyone in
    // sales at X" is read by those words already)
    // a tie typed short ("frm") is read by its preposition's mention
    const tieAt = (at: number): boolean =>
      TIES.has(w[at] ?? '') || s.mentions.some((m) => m.t === 'prep' && m.start === at && TIES.has(m.p));
    let k = i + 1;
    // a tie word a name's mention begins with ("the" of "the aviation festival") is the name's
    const nameAt = (at: number): boolean => s.mentions.some((m) => m.start === at && NAMED_KINDS.has(m.t));
    while (k < w.length && tieAt(k) && !nameAt(k) && k - i <= 4) k++;
    if (k === i + 1) continue;
    // "anyone from the philippines at X", "anybody in japan": a person is from where they are based, people asked
    const placed = s.mentions.some((m) => PLACES.has(m.t) && m.start > i + 1 && m.start <= k);
    const fromWord = [...Array(k - i - 1).keys()].some(
      (d) => PLACE_TIES.has(w[i + 1 + d] ?? '') || fromPrep(i + 1 + d),
    );
    if (placed && fromWord) {
      claim(s, i, i + 1, { t: 'entity', entity: 'people', relations: null });
      continue;
    }
    const named = s.mentions.some((m) => m.t === 'company' && m.start === k);
    // ... or a noun of companies, after an event's name or not ("anyone from the sponsors of X", "anyone from the
    // X sponsors"): their people, as "anyone from TikTok"
    // the noun may follow words saying which events ("anyone from the aviation fest sponsors", "any1 from the 2025
    // fintech exhibitors"): a theme, an event, a period before it describe its events, never the people
    const companiesNounAt = (at: number): boolean => {
      let j = at;
      for (;;) {
        const m = s.mentions.find((x) => x.start === j && x.end > j);
        if (!m) return false;
        if (m.t === 'entity') return m.entity === 'companies';
        if (!COMPANY_DESCRIBERS.has(m.t)) return false;
        j = m.end;
      }
    };
    const event = s.mentions.find((m) => m.t === 'event' && m.start === k);
    // ... or an event ("anyone at ahice except the ceos", "anybody from seamless asia"): a person is at an event
    // through the company they work at, so the people at its companies, never the event itself
    // ... or "them" ("anyone at them?" after a list of companies or events): a person is at the things the pronoun
    // takes from the earlier answer through the company they work at, so people, as after the noun itself
    const pronoun = w[k] === 'them';
    if (named || companiesNounAt(k) || event || pronoun)
      claim(s, i, i + 1, { t: 'entity', entity: 'people', relations: null });
  }
}
