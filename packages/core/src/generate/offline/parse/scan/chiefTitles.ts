/**
 * Chief-officer titles both ways, from the data's own titles: "chief <words> officer" and its initials
 * ("c" + the initials of the words + "o": chief commercial officer = CCO, chief people officer = CPO) are one title.
 * The vocabulary's chief titles (`lexicon/jobWords.ts`: CEO, CFO, CTO, COO, CMO, CIO, CISO, CRO, CHRO, CPO) keep
 * their readings; this reads the others the titles hold ("CCOs", "chief commercial officers", "chief risk
 * officer"), and a short form that several titles spell out differently stands for all of them (CDO: chief digital
 * officer or chief development officer), as the title filter says.
 */
import type { TitleWord } from '../../lexicon/jobWords';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

const MAX_WORDS = 3;
/** Words standing in a title's slot for any word ("chief x officer", "chief something officer"). */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['x', 'y', 'xyz', 'something', 'whatever', 'blah', 'whoever', '*']);
const byIndex = new WeakMap<ValueIndex, ReadonlyMap<string, readonly string[]>>();

/** The short form of "chief <words> officer": c + initials + o ("chief risk officer" -> "cro"). */
export function chiefInitials(words: readonly string[]): string {
  return `c${words.map((x) => x[0] ?? '').join('')}o`;
}

/** Short form -> the spelt-out chief titles of the data (built once per index). */
export function chiefTitles(index: ValueIndex): ReadonlyMap<string, readonly string[]> {
  const cached = byIndex.get(index);
  if (cached) return cached;
  const out = new Map<string, string[]>();
  const pattern = new RegExp(`\\bchief ((?:[a-z]+ ){1,${MAX_WORDS}})officer\\b`, 'g');
  for (const title of index.titleTexts)
    for (const m of title.matchAll(pattern)) {
      const words = (m[1] ?? '').trim().split(' ');
      if (words.includes('and')) continue;
      const full = `chief ${words.join(' ')} officer`;
      const forms = out.get(chiefInitials(words)) ?? [];
      if (!forms.includes(full)) forms.push(full);
      out.set(chiefInitials(words), forms);
    }
  byIndex.set(index, out);
  return out;
}

function mention(label: string, patterns: readonly string[]): { t: 'title'; word: TitleWord } {
  return { t: 'title', word: { phrase: label, label, patterns: [...patterns] } };
}

/** Claims chief titles the vocabulary does not read, by their short form or spelt out. */
export function readChiefTitles(s: ScanState): void {
  const { w, index } = s;
  const titles = chiefTitles(index);
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    // "chief commercial officers"
    if (x === 'chief') {
      const end = w.findIndex((y, k) => k > i && k <= i + MAX_WORDS + 1 && /^officers?$/.test(y));
      const words = end > i + 1 ? w.slice(i + 1, end) : [];
      const full = `chief ${words.join(' ')} officer`;
      // "chief x officer", "chief whatever officer": a placeholder in the title's slot stands for any chief officer,
      // the chief officers' level as "cxo" names it
      const any = LEXICON.get('cxo')?.find((r) => r.t === 'seniority');
      // ("officers" may be read already as a noun of people or a title: the chief title is the noun it heads)
      const noun = s.mentions.find(
        (m) => m.start === end && m.end === end + 1 && (m.t === 'entity' || m.t === 'title'),
      );
      if (words.length === 1 && PLACEHOLDERS.has(words[0] ?? '') && any && isFree(s, i, end)) {
        if (noun) s.mentions.splice(s.mentions.indexOf(noun), 1);
        else if (!isFree(s, end, end + 1)) continue;
        claim(s, i, end + 1, any);
        i = end;
        continue;
      }
      if (words.length > 0 && isFree(s, i, end + 1) && !LEXICON.has(w.slice(i, end + 1).join(' '))) {
        const short = chiefInitials(words);
        if (titles.get(short)?.includes(full)) {
          claim(s, i, end + 1, mention(short.toUpperCase(), [full, short]));
          i = end;
        }
      }
      continue;
    }
    // "CCOs", "cdo"
    const short = x.replace(/s$/, '');
    const full = titles.get(short);
    if (full && !LEXICON.has(x) && isFree(s, i, i + 1))
      claim(s, i, i + 1, mention(short.toUpperCase(), [short, ...full]));
  }
}
