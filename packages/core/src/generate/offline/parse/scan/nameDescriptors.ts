/**
 * A description of a company just named, given to say WHICH company is meant ("people at zurich insurance? the swiss
 * one", "acme - the german one"): a definite "the <words> one" after a company's name describes that company by its
 * country or an industry; it is never a condition on the rows asked for (read as one, "the swiss one" had asked for
 * the people located in Switzerland and answered none). When the name reaches several companies, the description
 * picks those it fits; when it reaches one that fits, the description is an aside; when no company of the name fits
 * it, the description's words are left unread (asked about by name).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { nounLemma } from '../../text/language';
import { normKey } from '../../text/tokenize';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that']);
/** Words of a description before "one" at most. */
const MAX_WORDS = 3;

/** Does the company of this id fit every word of the description (its country, or a word of an industry)? */
function fits(s: ScanState, id: number, words: readonly string[], countries: readonly string[][]): boolean {
  const traits = s.index.companyTraits.get(id);
  if (!traits) return false;
  const country = normKey(traits.country ?? '');
  if (countries.some((names) => !names.some((n) => normKey(n) === country))) return false;
  const industryWords = new Set(traits.industries.flatMap((i) => normKey(i).split(' ')));
  // "telecom" for "Telecommunications", "healthcare" for "Hospitals and Health Care": a clipped word (the start of
  // an industry's word) or a closed compound of its words names the same industry
  const joined = traits.industries.map((i) => normKey(i).replace(/\s+/g, ''));
  const clipped = (w: string): boolean =>
    w.length >= 4 &&
    ([...industryWords].some((x) => x.startsWith(w)) || joined.some((j) => w.length >= 6 && j.includes(w)));
  return words.every((w) => industryWords.has(w) || industryWords.has(nounLemma(w)) || clipped(w));
}

/** Words negating a description after another ("the telecom one, not the healthcare one"). */
const CONTRAST_LEADS: ReadonlySet<string> = new Set(['not', 'rather']);

/**
 * Reads "the <words> one" after a company mention (see the file's comment). `ignored` / `ignoredAt` are the words
 * left unread so far; the description's unread words are released when the description picks a company.
 * @example "who do we know at zurich insurance? the swiss one" // the company, its people: no country filter
 */
export function releaseNameDescriptors(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const raw = s.tokens.map((t) => t.raw.toLowerCase());
  for (let k = 2; k < raw.length; k++) {
    if (raw[k] !== 'one') continue;
    let a = k;
    while (a > 0 && k - a < MAX_WORDS && !DETERMINERS.has(raw[a - 1] ?? '')) a--;
    if (a === k || !DETERMINERS.has(raw[a - 1] ?? '')) continue;
    const start = a - 1;
    // the company named last before the description, with no other name between
    const before = s.mentions.filter((m) => m.end <= start);
    const named = before.filter((m) => m.t === 'company' || m.t === 'event' || m.t === 'person' || m.t === 'venue');
    const company = named[named.length - 1];
    if (company?.t !== 'company') continue;
    // what the description says: countries read inside it, and its other content words (read or not)
    const inside = s.mentions.filter((m) => m.start >= start && m.end <= k + 1 && m !== company);
    // a demonym's reading as people of the country ("the swiss": people living in Switzerland) is the country's
    const demonym = (m: Mention): boolean =>
      (m.t === 'entity' || m.t === 'prep') &&
      inside.some((c) => c.t === 'country' && c.start === m.start && c.end === m.end);
    // a word read as a theme, a title or a function ("the logistics one", "the IT one") is checked as a word of the
    // company's industries, and released only when it is one
    const described = ['country', 'topic', 'number', 'cond', 'title', 'function'];
    if (inside.some((m) => !described.includes(m.t) && !demonym(m))) continue;
    const countries = inside.flatMap((m) => (m.t === 'country' ? [m.names] : []));
    const inCountry = (j: number): boolean => inside.some((m) => m.t === 'country' && m.start <= j && j < m.end);
    const words: string[] = [];
    for (let j = a; j < k; j++) {
      const w = s.w[j] ?? '';
      if (!inCountry(j) && w && !FILLER_WORDS.has(w)) words.push(w);
    }
    if (countries.length === 0 && words.length === 0) continue;
    // "..., not the healthcare one": a negated description says which company is NOT meant: the name keeps the
    // companies it does not fit; fitting none of them, it only restates the choice made (no condition of its own)
    const negated =
      CONTRAST_LEADS.has(raw[start - 1] ?? '') || (raw[start - 1] === 'than' && raw[start - 2] === 'rather');
    const ids = negated
      ? company.hit.ids.filter((id) => !fits(s, id, words, countries))
      : company.hit.ids.filter((id) => fits(s, id, words, countries));
    if (ids.length === 0) {
      // fits none of the name's companies: asked back with the description named, never a filter on the rows
      for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
      const text = s.tokens
        .slice(start, k + 1)
        .map((t) => t.raw)
        .join(' ');
      s.mentions.push({
        start,
        end: k + 1,
        text,
        t: 'unclear',
        about: 'name',
        why: `no company named ${company.hit.names.join(' or ')} is ${text}`,
        options: [],
      });
      for (let j = start; j <= k; j++) s.claimed[j] = true;
      const at = ignoredAt.findIndex((x) => x > start);
      ignored.splice(at < 0 ? ignored.length : at, 0, text);
      ignoredAt.splice(at < 0 ? ignoredAt.length : at, 0, start);
      continue;
    }
    // the names of the rows kept
    const names = company.hit.names.filter((n) => ids.some((id) => s.index.companyTraits.get(id)?.name === n));
    if (names.length === 0) continue;
    const hit = { ...company.hit, ids, names };
    s.mentions.splice(s.mentions.indexOf(company), 1, { ...company, hit } as Mention);
    for (const m of inside) s.mentions.splice(s.mentions.indexOf(m), 1);
    const from = negated ? start - (raw[start - 1] === 'than' ? 2 : 1) : start;
    // the negation itself is the contrast's, no exclusion of its own
    for (const m of s.mentions.filter((x) => x.start >= from && x.end <= start))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let j = from; j <= k; j++) {
      s.claimed[j] = true;
      const at = ignoredAt.indexOf(j);
      if (at >= 0) {
        ignored.splice(at, 1);
        ignoredAt.splice(at, 1);
      }
    }
  }
}
