/**
 * One company named by a description instead of its name: "the Swedish electric car brand", "the Dutch shipbuilder
 * sponsoring Submarine Networks World", "the government agency that promotes tourism in Singapore", "the online
 * dictionary site that spoke at Cloud Expo Asia". A definite determiner ("the", "that", "this") and a singular head
 * (a noun of companies, or a noun nothing else read: "shipbuilder") make the phrase a reference to one company, as
 * `eventDescriptions.ts` reads one event so described.
 *
 * The description is checked against every company of the data together:
 * - a demonym or country before the head, or "in <country>" in a clause after it, is the company's country;
 * - a size adjective ("big", "small") is its stated size by the conventions' bands (`lexicon/sizeWords.ts`);
 * - "sponsoring X", "that spoke at X": the company takes part in the event X so (the relation and the event stay
 *   read as they are, and hold of the company taken);
 * - every other word (the modifiers, a head that says what the company does, the words of a clause "that <verb> ...")
 *   must be said by what the company says of itself: its name, its web domain, its industries, its overview; or in
 *   another form of the word (its singular, the same root: "shipbuilder" of "Shipbuilding"), a WordNet synonym or
 *   hypernym of it ("car": motor vehicle, of "Motor Vehicle Manufacturing"), or the kind of body its domain's public
 *   suffix says ("government" of stb.gov.sg, `lexicon/companyDescriptionWords.ts`). A noun of companies ("brand",
 *   "agency") or of a web presence ("site") as the head selects nothing.
 *
 * The verb of a clause after the head ("promotes") and a grade no column holds ("famous") may be left unsaid by the
 * data when every other word is said; the answer then says which words were not checked. Exactly one company that
 * fits is the company meant: the phrase becomes that company, shown in the interpretation ("named Polestar (the
 * company taken for "the Swedish electric car brand")"). Two to eight are asked about, each offered; none, or more
 * than eight, is asked about naming the description. A plural head ("the Swedish car brands") is no description of
 * one company: it stays a condition on the companies.
 */
import { getDomainWithoutSuffix, getPublicSuffix } from 'tldts';
import {
  DEFINITE_DETERMINERS,
  DOMAIN_KIND_WORDS,
  MAKER_NOUNS,
  ROOT_ENDINGS,
  WEB_PRESENCE_NOUNS,
} from '../../lexicon/companyDescriptionWords';
import { TOPIC_SYNONYMS } from '../../lexicon/topicSynonyms';
import { COMPANY_NOUNS } from '../../lexicon/entityWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { QUALIFIER_WORDS } from '../../lexicon/qualifierWords';
import { SIZE_ADJECTIVES, type SizeClass } from '../../lexicon/sizeWords';
import { nounLemma, relatedNouns, verbLemma, wordNet } from '../../text/language';
import { normKey } from '../../text/tokenize';
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import type { Mention, MentionBody } from '../Mention';
import { isHead } from './eventAppositives';
import { claimDescribedPhrase } from './claimDescribedPhrase';
import { spanText, type ScanState } from './ScanState';

/** Words at most between the determiner and the head. */
const MAX_WORDS = 6;
/** Companies at most offered when the description fits several. */
const MAX_OPTIONS = 8;
/** Prepositions a description of a company is the object of ("at that big german company", "contacts of the ..."). */
const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'from', 'with', 'about', 'by']);
/** Mentions saying a ranking: "the biggest german company", "the german company with the most staff" rank a set. */
const RANKING: ReadonlySet<Mention['t']> = new Set(['most', 'superlative', 'top']);

/** A word of the description and whether the data may leave it unsaid (a clause's verb, an ungraded qualifier). */
interface Word {
  readonly word: string;
  readonly soft: boolean;
}

/** What the description says of the company. */
interface Description {
  readonly words: Word[];
  /** Words said as alternatives ("laptop/pc", "forklift or crane"): each a run of words; one run must be said. */
  readonly choices: (readonly string[])[][];
  readonly countries: string[][];
  size: SizeClass | null;
  readonly links: { relations: readonly string[]; events: readonly number[] }[];
}

/** The root of a word once an ending of maker or making is taken off ("shipbuilder", "shipbuilding": shipbuild). */
function rootOf(word: string): string {
  for (const e of ROOT_ENDINGS) if (word.length - e.length >= 4 && word.endsWith(e)) return word.slice(0, -e.length);
  return word;
}

/** What a company says of itself, in the forms a description may use. */
interface OwnForms {
  /** Its words and their singulars ("airlines": airline). */
  readonly words: ReadonlySet<string>;
  /** The roots of its long words ("shipbuilding": shipbuild). */
  readonly roots: ReadonlySet<string>;
}

const formsCache = new WeakMap<ValueIndex, Map<number, OwnForms>>();
function formsOf(index: ValueIndex, id: number): OwnForms {
  let perIndex = formsCache.get(index);
  if (!perIndex) formsCache.set(index, (perIndex = new Map<number, OwnForms>()));
  let out = perIndex.get(id);
  if (!out) {
    const own = [...(index.companyWords.get(id) ?? [])];
    out = {
      words: new Set([...own, ...own.map(nounLemma)]),
      roots: new Set(own.filter((x) => x.length >= 6).map(rootOf)),
    };
    perIndex.set(id, out);
  }
  return out;
}

/** Does the company say the word in any of its forms: itself, its singular or verb's base, its root? */
function saysForm(own: OwnForms, x: string): boolean {
  if (own.words.has(x) || own.words.has(nounLemma(x)) || own.words.has(verbLemma(x))) return true;
  return x.length >= 6 && rootOf(x).length >= 4 && own.roots.has(rootOf(x));
}

/** A closed compound the company says that ends in the word ("aerospace" for "space"). */
function saysInCompound(own: OwnForms, x: string): boolean {
  if (x.length < 5) return false;
  for (const w of own.words) if (w.length >= x.length + 3 && w.endsWith(x)) return true;
  return false;
}

/** The words the kind of body a domain's public suffix says ("stb.gov.sg": government ...). */
function domainKindWords(domain: string | undefined): readonly string[] {
  if (!domain) return [];
  const suffix = getPublicSuffix(domain) ?? '';
  return suffix.split('.').flatMap((label) => DOMAIN_KIND_WORDS.get(label) ?? []);
}

/**
 * WordNet's nouns for a word, by distance: the synonyms of its two usual senses as a noun (0), then the hypernyms of
 * the first (1: "car": motor vehicle), each as its words.
 */
const relatedCache = new Map<string, readonly (readonly string[])[][]>();
function relatedForms(word: string): readonly (readonly string[])[][] {
  let out = relatedCache.get(word);
  if (out) return out;
  const tiers: string[][][] = [[], []];
  for (const r of relatedNouns(word, 2, 0)) {
    const form = r.word.split(/[\s-]+/);
    if (form.every((x) => x.length >= 3 && !FILLER_WORDS.has(x))) tiers[Math.min(r.distance, 1)]?.push(form);
  }
  out = tiers;
  if (relatedCache.size > 2048) relatedCache.clear();
  relatedCache.set(word, out);
  return out;
}

/** The words an informal clipping stands for, each as its words ("telco": telecommunications; `topicSynonyms.ts`). */
function clippedForms(word: string): readonly (readonly string[])[] {
  return (TOPIC_SYNONYMS[word] ?? TOPIC_SYNONYMS[nounLemma(word)] ?? []).map((x) => x.split(' '));
}

/**
 * Does the company say a narrower word whose WordNet hypernym the word is ("travel" of "aviation": air travel is a
 * kind of travel)? A description may name the line of business by its broader kind.
 */
const narrowerCache = new Map<string, readonly string[]>();
function broaderOf(word: string): readonly string[] {
  let out = narrowerCache.get(word);
  if (!out) {
    // (its usual senses: "aviation" is first air power, then air travel)
    out = relatedNouns(word, 4, 1)
      .filter((r) => r.distance === 1 && !r.word.includes(' '))
      .map((r) => r.word);
    if (narrowerCache.size > 8192) narrowerCache.clear();
    narrowerCache.set(word, out);
  }
  return out;
}
function saysNarrower(own: OwnForms, x: string): boolean {
  if (x.length < 4 || FILLER_WORDS.has(x)) return false;
  for (const w of own.words) if (w.length >= 4 && /^[a-z]+$/.test(w) && broaderOf(w).includes(x)) return true;
  return false;
}

/**
 * The other company rows of the same group: another name under the same web domain name ("jungheinrich.com",
 * "jungheinrich.co.uk"), made once per index.
 */
const groupsCache = new WeakMap<ValueIndex, Map<string, number[]>>();
function groupOf(index: ValueIndex, id: number): number[] {
  let groups = groupsCache.get(index);
  if (!groups) {
    groups = new Map<string, number[]>();
    for (const [c, t] of index.companyTraits) {
      const label = t.domain ? getDomainWithoutSuffix(t.domain) : null;
      if (label && label.length >= 4) groups.set(label, [...(groups.get(label) ?? []), c]);
    }
    groupsCache.set(index, groups);
  }
  const domain = index.companyTraits.get(id)?.domain;
  const label = domain ? getDomainWithoutSuffix(domain) : null;
  const name = index.companyTraits.get(id)?.name;
  return (label ? (groups.get(label) ?? []) : []).filter((c) => index.companyTraits.get(c)?.name !== name);
}

/** The nearest tier; the last one, a company of the same group saying the word, reads the others' tiers again. */
const TIERS = 4;

/**
 * The tiers of saying a word, nearest first: the word itself in any form (its singular, its root, the kind of body
 * of the company's domain); then a synonym of it, a clipping's full word ("telco": telecommunications) or a closed
 * compound ending in it; then a hypernym; then a narrower word of which it is the hypernym ("travel" of "aviation");
 * last, a company of its group (the same domain name) saying it so.
 */
function saysAt(index: ValueIndex, id: number, word: string, tier: number): boolean {
  if (!index.companyWords.has(id)) return false;
  const own = formsOf(index, id);
  if (tier === 0) return saysForm(own, word) || domainKindWords(index.companyTraits.get(id)?.domain).includes(word);
  if (tier === 1 && (saysInCompound(own, word) || clippedForms(word).some((f) => f.every((x) => saysForm(own, x)))))
    return true;
  if (tier === 3) return saysNarrower(own, word);
  if (tier === TIERS) return groupOf(index, id).some((c) => [0, 1, 2, 3].some((t) => saysAt(index, c, word, t)));
  return (relatedForms(word)[tier - 1] ?? []).some((form) => form.every((x) => saysForm(own, x)));
}

/**
 * The candidates a word of the description fits: those saying it themselves, when any does; else those saying a
 * synonym of it; else a hypernym ("car": motor vehicle); else a narrower word; else a company of their group. A
 * general hypernym ("business") never widens a word some candidate says outright.
 */
function fitWord(index: ValueIndex, ids: readonly number[], word: string, byGroup?: string[]): number[] {
  for (let tier = 0; tier <= TIERS; tier++) {
    const fit = ids.filter((id) => saysAt(index, id, word, tier));
    if (fit.length > 0 && tier === TIERS) byGroup?.push(word);
    if (fit.length > 0) return fit;
  }
  return [];
}

/** The candidates one of the alternatives fits, every word of it ("laptop/pc maker": laptop, or pc). */
function fitChoice(
  index: ValueIndex,
  ids: readonly number[],
  runs: readonly (readonly string[])[],
  byGroup: string[],
): number[] {
  const fit = new Set<number>();
  for (const run of runs) {
    let left = [...ids];
    for (const x of run) left = fitWord(index, left, x, byGroup);
    for (const id of left) fit.add(id);
  }
  return ids.filter((id) => fit.has(id));
}

/** Does the company of this id hold every hard part of the description (country, size, taking part)? */
function holdsParts(index: ValueIndex, id: number, d: Description): boolean {
  const traits = index.companyTraits.get(id);
  if (!traits) return false;
  const country = normKey(traits.country ?? '');
  if (d.countries.some((names) => !names.some((n) => normKey(n) === country))) return false;
  if (d.size) {
    const n = traits.employees;
    if (n === null || n === undefined) return false;
    const { op, value, value2 } = d.size;
    const ok =
      op === '<='
        ? n <= value
        : op === '>'
          ? n > value
          : op === 'between'
            ? n >= value && n <= (value2 ?? value)
            : op === '>='
              ? n >= value
              : op === '<'
                ? n < value
                : n === value;
    if (!ok) return false;
  }
  const links = index.companyLinks.get(id) ?? [];
  return d.links.every((l) =>
    links.some((x) => l.events.includes(x.event) && (l.relations.length === 0 || l.relations.includes(x.relation))),
  );
}

/** The companies (rows grouped by name) the description fits, and the soft words none of them says. */
function fittingCompanies(
  index: ValueIndex,
  d: Description,
): { hits: NamedHit[]; unsaid: string[]; byGroup: string[] } {
  const byGroup: string[] = [];
  let ids = [...index.companyTraits.keys()].filter((id) => holdsParts(index, id, d));
  const unsaid: string[] = [];
  const hard = d.words.filter((x) => !x.soft).length + d.choices.length;
  for (const x of [...d.words].sort((a, b) => Number(a.soft) - Number(b.soft))) {
    const fit = fitWord(index, ids, x.word, byGroup);
    // a soft word may go unsaid only where the rest says enough: a word, and a second word, a country or an event
    if (fit.length === 0 && x.soft && hard >= 1 && hard + d.countries.length + d.links.length >= 2) {
      unsaid.push(x.word);
      continue;
    }
    ids = fit;
  }
  for (const runs of d.choices) ids = fitChoice(index, ids, runs, byGroup);
  const names = new Map<string, number[]>();
  for (const id of ids) {
    const name = index.companyTraits.get(id)?.name ?? '';
    names.set(name, [...(names.get(name) ?? []), id]);
  }
  const hits = [...names].map(([name, rows]) => ({ ids: rows, names: [name], quality: 1, needsCaps: false }));
  return { hits, unsaid, byGroup };
}

/** The mentions over token j. */
function at(s: ScanState, j: number): Mention[] {
  return s.mentions.filter((m) => m.start <= j && j < m.end);
}

/** A noun nothing read, or read as a noun of companies: the head a description of one company ends in. */
function headAt(s: ScanState, k: number, unread: (j: number) => boolean): boolean {
  const w = s.w[k] ?? '';
  // a noun of events ("show", "thing", "one") heads a description of one event (`eventDescriptions.ts`)
  if (nounLemma(w) !== w || w.length < 3 || isHead(s, k)) return false;
  const read = at(s, k);
  if (read.length === 0) return unread(k) && wordNet().senses(w, 'noun').length > 0;
  // a plain noun of companies ("brand", "agency"), not a participant's ("the name")
  return (
    (COMPANY_NOUNS.has(w) || MAKER_NOUNS.has(w)) &&
    read.every((m) => m.t === 'entity' && m.entity === 'companies' && m.relations === null)
  );
}

/** Is the head a noun that names a company without saying what it does ("brand", "agency", "site")? */
function plainHead(w: string): boolean {
  return COMPANY_NOUNS.has(w) || WEB_PRESENCE_NOUNS.has(w) || MAKER_NOUNS.has(w);
}

/**
 * Reads the descriptions of one company (see the file's comment); `ignored` / `ignoredAt` are the words left unread
 * so far, from which the description's words are taken when it is read.
 */
export function readCompanyDescriptions(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  if (s.mentions.some((m) => RANKING.has(m.t))) return;
  const n = s.w.length;
  // a word left unread (reported so): never one a reader of the speaker's own clauses released ("the team wants ...")
  // (or a word of a theme no reader matched, to be refused: "laptop", "pc")
  const unknown = new Set(s.unknownTopics.flatMap((x) => x.split(' ')));
  const unread = (j: number): boolean => ignoredAt.includes(j) || (at(s, j).length === 0 && unknown.has(s.w[j] ?? ''));
  for (let d = 0; d < n - 1; d++) {
    if (!DEFINITE_DETERMINERS.has(s.w[d] ?? '')) continue;
    // the phrase opens a clause or is the object of a preposition of companies ("people at that big german software
    // company"): "that" elsewhere is a relative pronoun, and a phrase after a verb or "in" is rarely a company
    // ("companies targeting the asian market")
    // (or the subject of a verb of taking part after a copula: "which events is the big spanish travel company going
    // to"; "what is the wifi password at X" is no company)
    const copula = at(s, d - 1).some((m) => m.t === 'copula' && m.end === d);
    if (d > 0 && !s.breaks.has(d) && !PHRASE_PREPOSITIONS.has(s.w[d - 1] ?? '') && !copula) continue;
    // the determiner is free, a relative pronoun's reading of it, or the article of a demonym ("the Dutch")
    if (!at(s, d).every((m) => m.t === 'relpron' || (m.start === d && (m.t === 'country' || m.t === 'prep')))) continue;
    const desc: Description = { words: [], choices: [], countries: [], size: null, links: [] };
    // the words before the head: demonyms and countries, themes, names' words, size words, words nothing read
    let k = d + 1;
    let last = -1;
    for (; k < n && k - d <= MAX_WORDS && !s.breaks.has(k); k++) {
      const read = at(s, k).filter((m) => !(m.start === d && m.start < k));
      const word = s.w[k] ?? '';
      const demonym = at(s, k).some((m) => m.t === 'country');
      if (demonym) {
        last = k;
        continue;
      }
      // "laptop/pc", "forklift or crane": alternatives, between two words of the description
      const or = word === 'or' && read.every((m) => m.t === 'or') && k > d + 1 && last === k - 1;
      if (or) continue;
      if (read.some((m) => !['topic', 'company', 'entity', 'sector', 'function', 'title'].includes(m.t))) break;
      if (read.some((m) => m.t === 'entity' && (m.entity !== 'companies' || m.relations !== null))) break;
      if (read.length === 0 && !unread(k)) break;
      if (/\d/.test(word)) break;
      last = k;
    }
    if (last < 0) continue;
    const head = last;
    if (!headAt(s, head, unread)) continue;
    // a noun of events right after it makes the phrase a modifier of that noun ("the law enforcement conference")
    if (isHead(s, head + 1)) continue;
    // the parts before the head; words either side of "or" are runs of alternatives
    const runs: string[][] = [[]];
    for (let j = d + 1; j < head; j++) {
      const word = s.w[j] ?? '';
      if (s.w[j] === 'or') {
        runs.push([]);
        continue;
      }
      const country = at(s, j).find((m): m is Extract<Mention, { t: 'country' }> => m.t === 'country');
      if (country) {
        if (!desc.countries.includes(country.names)) desc.countries.push(country.names);
        continue;
      }
      if (FILLER_WORDS.has(word) && !at(s, j).some((m) => m.t === 'topic' || m.t === 'company')) continue;
      const size = SIZE_ADJECTIVES.get(word);
      if (size && !at(s, j).some((m) => m.t === 'topic' || m.t === 'company')) {
        desc.size = size;
        continue;
      }
      runs[runs.length - 1]?.push(word);
    }
    if (runs.length > 1) {
      if (runs.some((r) => r.length === 0)) continue;
      desc.choices.push(runs);
    } else for (const word of runs[0] ?? []) desc.words.push({ word, soft: QUALIFIER_WORDS.has(word) });
    const headWord = s.w[head] ?? '';
    if (!plainHead(headWord)) desc.words.push({ word: headWord, soft: false });
    // the description must say something of the company besides its noun
    if (desc.words.length + desc.choices.length + desc.countries.length + (desc.size ? 1 : 0) === 0) continue;
    let end = head + 1;
    // the end of what the description says (past the relation and event it keeps as read)
    let said = end;
    // after the head: "sponsoring X", "that spoke at X", or "that <verb> <words> (in <country>)"
    const next = (j: number): Mention | undefined => s.mentions.find((m) => m.start === j);
    let e = end;
    if (next(e)?.t === 'relpron') e++;
    // "that's at X", "who is at X": the copula of the clause
    if (e > end && next(e)?.t === 'copula') e++;
    const rel = next(e);
    if (copula && !(e === end && rel?.t === 'relation')) continue;
    const atEvent = rel?.t === 'prep' && rel.p === 'at' ? next(rel.end) : undefined;
    if (atEvent?.t === 'event') {
      // "at X": the company takes part in X in any way (the event stays read, as after a relation)
      desc.links.push({ relations: [], events: atEvent.hit.ids });
      said = atEvent.end;
    } else if (rel?.t === 'relation') {
      let j = rel.end;
      if (next(j)?.t === 'prep') j = next(j)?.end ?? j;
      const event = next(j);
      if (event?.t === 'event') {
        desc.links.push({ relations: rel.relations, events: event.hit.ids });
        // the relation and the event stay read (they hold of the company taken); the relative pronoun is its own
        said = event.end;
      }
    } else if (e > end && !s.breaks.has(e)) {
      // "that promotes tourism in Singapore": the clause's words, its verb first (which the data may not say)
      const words: Word[] = [];
      const countries: string[][] = [];
      let j = e;
      let ok = true;
      for (; j < n && !s.breaks.has(j); j++) {
        const read = at(s, j);
        const word = s.w[j] ?? '';
        const prep = read.find((m) => m.t === 'prep' && (m.p === 'in' || m.p === 'from' || m.p === 'placedIn'));
        const place = prep ? next(prep.end) : undefined;
        if (prep && place?.t === 'country') {
          countries.push(place.names);
          j = place.end - 1;
          continue;
        }
        if (read.some((m) => !['topic', 'entity', 'function', 'title', 'sector'].includes(m.t))) {
          ok = false;
          break;
        }
        if (read.length === 0 && FILLER_WORDS.has(word) && j > e) continue;
        if (read.length === 0 && !unread(j)) {
          ok = false;
          break;
        }
        words.push({ word, soft: j === e });
      }
      if (ok && words.length > 0) {
        desc.words.push(...words);
        desc.countries.push(...countries);
        end = j;
        said = j;
      }
    }
    // a phrase some reading runs into or out of (a name over its words) is left to that reading
    if (s.mentions.some((m) => (m.start < end && m.end > end) || (m.start < d && m.end > d))) continue;
    const { hits, unsaid, byGroup } = fittingCompanies(s.index, desc);
    const text = spanText(s.tokens, d, end);
    const saying = spanText(s.tokens, d, Math.max(end, said));
    for (const m of s.mentions.filter((x) => x.start >= d && x.end <= end)) s.mentions.splice(s.mentions.indexOf(m), 1);
    const [one] = hits;
    if (hits.length === 1 && one) {
      const quoted = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(' or ');
      const unsaidNote =
        (unsaid.length > 0 ? `; its data does not say ${quoted(unsaid)}` : '') +
        (byGroup.length > 0 ? `; ${quoted(byGroup)} said by a company of its web domain's name` : '');
      s.mentions.push({
        start: d,
        end,
        text,
        t: 'company',
        hit: one,
        taken: `the company taken for "${saying}"${unsaidNote}`,
      });
    } else
      s.mentions.push({
        start: d,
        end,
        text,
        t: 'unclear',
        about: 'name',
        why:
          hits.length === 0
            ? 'No company in the data fits every word of this description'
            : `${hits.length} companies fit "${saying}"`,
        // (of several, the one with people may be taken for a question about people: `staffedNames.ts`)
        options:
          hits.length <= MAX_OPTIONS
            ? hits.map((hit): MentionBody => ({
                t: 'company',
                hit,
                taken: `the company taken for "${saying}": of the ${hits.length} it fits, the one with people in the data`,
              }))
            : [],
        choices: [],
      });
    claimDescribedPhrase(s, d, end, ignored, ignoredAt);
    d = end - 1;
  }
}
