/**
 * The state every recogniser of `scanMentions` reads and extends: the question's tokens, which of them are
 * already read (`claimed`), and the mentions found so far. A recogniser is a function of this state that
 * claims the tokens it reads; recognisers run in the documented order of `scanMentions`, so an earlier one
 * wins a token (database names before lexicon words, time before topics, ...).
 */
import { LEXICON } from '../lexiconTable';
import type { Mention, MentionBody } from '../Mention';
import type { Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';

export interface ScanState {
  readonly index: ValueIndex;
  readonly asOf: string;
  readonly tokens: readonly Token[];
  /** The normalised words (tokens[k].norm). */
  readonly w: readonly string[];
  readonly claimed: boolean[];
  readonly mentions: Mention[];
  /** Themes that match no event tag, no industry and no event text ("quantum computing"). */
  readonly unknownTopics: string[];
  /** The first token of each clause after the first (after a comma, a colon, a bracket, a dash between spaces). */
  readonly breaks: ReadonlySet<number>;
}

/** @param breaks the first token of each clause after the first (`clauseStarts`); none when not given. */
export function createScanState(
  tokens: readonly Token[],
  index: ValueIndex,
  asOf: string,
  breaks: ReadonlySet<number> = new Set(),
): ScanState {
  return {
    index,
    asOf,
    tokens,
    w: tokens.map((t) => t.norm),
    claimed: new Array<boolean>(tokens.length).fill(false),
    mentions: [],
    unknownTopics: [],
    breaks,
  };
}

/** Punctuation that opens a clause inside a name as the data writes it ("Marriott International Hotels, Inc."). */
const NAME_BREAK = /,|;|:|\(|\)|\s[-–—]+\s/g;

/**
 * True when tokens [a, b) may be read as one of these names although the question breaks a clause inside them: no
 * more breaks than the name itself holds ("Marriott International Hotels, Inc." typed with its comma). A name never
 * joins the words of two clauses ("insurance broker, club or hotel" is no "The Broker Club").
 */
export function readAcrossBreaks(s: ScanState, a: number, b: number, names: readonly string[]): boolean {
  let typed = 0;
  for (let k = a + 1; k < b; k++) if (s.breaks.has(k)) typed++;
  return typed === 0 || names.some((name) => (name.match(NAME_BREAK)?.length ?? 0) >= typed);
}

/** True when tokens [a, b) exist and none is read yet. */
export function isFree(s: ScanState, a: number, b: number): boolean {
  if (b > s.w.length) return false;
  for (let k = a; k < b; k++) if (s.claimed[k]) return false;
  return true;
}

/** The words of tokens [a, b) as typed, one space apart: a mention's text. */
export function spanText(tokens: readonly Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((t) => t.raw)
    .join(' ');
}

/** Reads tokens [a, b) as one mention. */
export function claim(s: ScanState, a: number, b: number, body: MentionBody): void {
  for (let k = a; k < b; k++) s.claimed[k] = true;
  s.mentions.push({
    start: a,
    end: b,
    text: spanText(s.tokens, a, b),
    ...body,
  });
}

export function isCapitalised(t: Token | undefined): boolean {
  return Boolean(t && /^[A-Z0-9#]/.test(t.raw));
}

/**
 * True when a name that needs capitals may be read at [a, b): typed with capitals (not merely as the first word
 * of the question, unless a people noun follows: "Siemens employees"), or in lower case right after
 * "at / from / for / with" ("people at google").
 */
export function capsOk(s: ScanState, a: number, b: number): boolean {
  const { w, tokens } = s;
  // ... or right after "than", the other side of a comparison ("more contacts than microsoft")
  if (a > 0 && ['at', 'from', 'for', 'with', 'than'].includes(w[a - 1] ?? '') && !LEXICON.has(w.slice(a, b).join(' ')))
    return true;
  // "which events have google speaking": a verb of taking part right after the words makes them its subject, a name
  if (a > 0 && !LEXICON.has(w.slice(a, b).join(' ')) && LEXICON.get(w[b] ?? '')?.some((r) => r.t === 'relation'))
    return true;
  // "Siemens engineers", "Siemens's HR people": a name opening the question before the people it employs
  const after = w[b] === 's' ? w[b + 1] : w[b];
  const peopleNext =
    LEXICON.get(after ?? '')?.some(
      (r) =>
        (r.t === 'entity' && r.entity === 'people') || r.t === 'function' || r.t === 'seniority' || r.t === 'title',
    ) ?? false;
  for (let k = a; k < b; k++) if (!isCapitalised(tokens[k]) || (k === 0 && !peopleNext)) return false;
  return true;
}
