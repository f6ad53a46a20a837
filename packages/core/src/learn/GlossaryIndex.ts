import { replacePart } from '../generate/offline/clarify/resolveReply';
import { LEXICON } from '../generate/offline/parse/lexiconTable';
import { editDistance } from '../generate/offline/text/spelling';
import { tokenize } from '../generate/offline/text/tokenize';
import { conceptWords } from './conceptWords';
import type { GlossaryConcept, GlossaryEntry } from './GlossaryEntry';

/** Words this long or longer match one typing slip away (as the parser's own spelling tolerance). */
const MIN_TOLERANT_LENGTH = 5;

/** The words of a text as the parser reads them (lower-cased, lemmatised, accents folded). */
export const glossaryWords = (text: string): string[] => tokenize(text, { wordNumbers: false }).map((t) => t.norm);

/** The key a term is stored and compared by: its words as the parser reads them. */
export const glossaryKey = (term: string): string => glossaryWords(term).join(' ');

/**
 * The built-in phrase a term would shadow (the lexicon's own words: "sponsor", "c-level", ...),
 * or null. Saving such a term needs an explicit override.
 */
export function builtInPhrase(term: string): string | null {
  const key = glossaryKey(term);
  return LEXICON.has(key) ? key : null;
}

/** The word and its one-letter deletions: two words one edit apart share one of these. */
function variants(word: string): string[] {
  if (word.length < MIN_TOLERANT_LENGTH) return [word];
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const sameWord = (a: string, b: string): boolean =>
  a === b || (a.length >= MIN_TOLERANT_LENGTH && b.length >= MIN_TOLERANT_LENGTH && editDistance(a, b, 1) <= 1);

/** Concepts whose words are a phrase that follows what it qualifies ("with more than ...", "in Japan"). */
const POSTFIX_KINDS: ReadonlySet<GlossaryConcept['kind']> = new Set([
  'compare',
  'countries',
  'industry',
  'jobFunction',
]);

/** A word the parser reads as what is asked about (events, companies, people, shows, ...). */
const isEntityWord = (norm: string): boolean => LEXICON.get(norm)?.some((m) => m.t === 'entity') ?? false;

interface Indexed {
  entry: GlossaryEntry;
  words: string[];
  /** Personal terms before workspace ones. */
  rank: number;
}

/** A glossary term found in a question, and the words that replaced it. */
export interface GlossaryUse {
  entry: GlossaryEntry;
  /** The words of the question that matched the term, as typed. */
  matched: string;
  /** The words they were read as. */
  readAs: string;
}

/**
 * The terms of a glossary (personal and workspace), found in questions with the parser's
 * lemmatisation and spelling tolerance (one slip in words of 5+ letters), longest match first,
 * personal before workspace. Lookups go through an index of each term's first word and its
 * one-letter deletions, so a question costs the same with 10 terms or 10,000.
 * @example
 * const index = new GlossaryIndex([{ id: '1', term: 'enterprise', scope: 'workspace', concept: { kind: 'compare', column: 'employees', op: '>', value: 1000 } }]);
 * index.apply('Which enterprise companies sponsor events?').question
 * // 'Which companies with more than 1000 employees sponsor events?'
 */
export class GlossaryIndex {
  readonly #byFirst = new Map<string, Indexed[]>();

  constructor(readonly entries: readonly GlossaryEntry[]) {
    for (const entry of entries) {
      const words = glossaryWords(entry.term);
      const first = words[0];
      if (!first) continue;
      const indexed = { entry, words, rank: entry.scope === 'personal' ? 0 : 1 };
      for (const v of variants(first)) {
        const list = this.#byFirst.get(v) ?? [];
        list.push(indexed);
        this.#byFirst.set(v, list);
      }
    }
  }

  /** The term matching at token `i`: the longest, then personal before workspace. */
  #match(norms: readonly string[], i: number): Indexed | null {
    const word = norms[i] ?? '';
    let best: Indexed | null = null;
    const seen = new Set<Indexed>();
    for (const v of variants(word)) {
      for (const c of this.#byFirst.get(v) ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        if (i + c.words.length > norms.length) continue;
        if (!c.words.every((w, k) => sameWord(w, norms[i + k] ?? ''))) continue;
        if (!best || c.words.length > best.words.length || (c.words.length === best.words.length && c.rank < best.rank))
          best = c;
      }
    }
    return best;
  }

  /** The question with every glossary term replaced by the words of its concept, and the terms used. */
  apply(question: string): { question: string; used: GlossaryUse[] } {
    if (this.#byFirst.size === 0) return { question, used: [] };
    const tokens = tokenize(question, { wordNumbers: false });
    const norms = tokens.map((t) => t.norm);
    const used: GlossaryUse[] = [];
    let rewritten = question;
    for (let i = 0; i < tokens.length;) {
      const hit = this.#match(norms, i);
      if (!hit) {
        i++;
        continue;
      }
      const term = tokens.slice(i, i + hit.words.length);
      // Words of a longer term that name what is asked about ("shows" in "APAC shows") stay in the question.
      const kept = term.length > 1 ? term.filter((t) => isEntityWord(t.norm)) : [];
      // A condition reads after the thing it qualifies: "enterprise companies" -> "companies with more than ...".
      const next = tokens[i + term.length];
      const qualifies = POSTFIX_KINDS.has(hit.entry.concept.kind) && next !== undefined && isEntityWord(next.norm);
      const span = qualifies ? [...term, next] : term;
      const matched = span.map((t) => t.raw).join(' ');
      const readAs = [...kept, ...(qualifies ? [next] : []), conceptWords(hit.entry.concept)].map((w) =>
        typeof w === 'string' ? w : w.raw,
      );
      const readAsText = readAs.join(' ');
      rewritten = replacePart(rewritten, matched, readAsText);
      used.push({ entry: hit.entry, matched, readAs: readAsText });
      i += span.length;
    }
    return { question: rewritten, used };
  }
}

/** How the interpretation names the glossary terms a question used. */
export function glossaryNote(used: readonly GlossaryUse[]): string {
  return used.map((u) => `${u.entry.scope} glossary: "${u.entry.term}" = ${u.readAs}`).join('; ');
}
