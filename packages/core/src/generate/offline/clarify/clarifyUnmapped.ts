import type { Clarification } from '../../../types/Answer';
import type { Token } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';
import { type Candidate, findCandidates, namesHolding } from './findCandidates';
import { slipTies } from './correctSlips';
import { twoDigitDateOptions } from '../parse/twoDigitDates';
import type { PendingQuestion } from './PendingQuestion';
import type { Scan } from '../parse/scanMentions';
import { readingCandidates } from './readingCandidates';

/** Does the token stand for the word as typed or in its normalised form? */
const typedAs = (t: Token | undefined, word: string): boolean => t !== undefined && (t.raw === word || t.norm === word);

/**
 * The first run of consecutive unmapped words, as typed (the part a clarification asks about). A part of several words
 * ("the korean satellite builder") is found where its words stand together, never by a word of it said earlier ("the"
 * of "what's the headcount"); a part whose words stand nowhere together is matched word by word.
 */
export function firstUnmappedRun(tokens: readonly Token[], ignored: readonly string[]): Token[] {
  const whole = new Set<number>();
  const loose: string[] = [];
  for (const part of ignored) {
    const words = part.split(' ');
    const at =
      words.length < 2
        ? -1
        : tokens.findIndex(
            (_, i) => words.every((x, j) => typedAs(tokens[i + j], x)) && words.every((_x, j) => !whole.has(i + j)),
          );
    if (at < 0) loose.push(...words);
    else for (let j = at; j < at + words.length; j++) whole.add(j);
  }
  // an unclear reading of several words ("Northern Ireland") is ignored as one entry: matched word by word
  const left = loose;
  const run: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    // an unclear reading is reported in its normalised words ("in fy25" for "in FY25"): either spelling is the token
    const k = whole.has(i) ? -2 : left.includes(t.raw) ? left.indexOf(t.raw) : left.indexOf(t.norm);
    if (k >= 0 || k === -2) {
      run.push(t);
      if (k >= 0) left.splice(k, 1);
    } else if (run.length > 0) break;
  }
  return run;
}

/**
 * A word typed with a slip of several words equally ("coud": "could" or "cloud") is offered as each of them, when
 * nothing closer to the data was found: a question about a word lists the words it was tied between.
 */
function withSlipTies(found: Candidate[], words: readonly string[], index: ValueIndex): Candidate[] {
  const [word] = words;
  if (found.length > 0 || words.length !== 1 || word === undefined) return found;
  return slipTies(word, index).map((x) => ({ label: `"${x}"`, replacement: x }));
}

/**
 * The question back for words of a question the parser could not map: "Did you mean the country Australia or
 * the event Australia Tech Week?" with one option per close reading and one to leave the words out, or, with
 * no candidate, a request to rephrase. The pending question is kept for the next turn.
 */
export function clarifyUnmapped(
  question: string,
  tokens: readonly Token[],
  ignored: readonly string[],
  index: ValueIndex,
  unclear: Scan['unclear'] = [],
): { clarification: Clarification; pending: PendingQuestion } {
  const unmapped = firstUnmappedRun(tokens, ignored);
  // words read otherwise beside the run may be words of the names it is part of ("toronto" read as the city,
  // "institute" unread): the run grows over them when a few names hold them all
  const run = namedRunAround(unmapped, tokens, index);
  const part = run.length > 0 ? run.map((t) => t.raw).join(' ') : (ignored[0] ?? '');
  const words = run.map((t) => t.norm);
  // "oct 24": the day or the month of 2024, both offered
  const dateReadings = twoDigitDateOptions(words);
  // the readings the scan found for the part (names it fits equally), else readings close to it
  const readings = readingCandidates(part, unclear, index);
  const candidates =
    dateReadings.length > 0
      ? dateReadings
      : readings.candidates.length > 0 || readings.asIs
        ? readings.candidates
        : withSlipTies(findCandidates(words, index), words, index);
  // the other parts (a part of several words, "in july or october", is one part however it was listed)
  const typedPart = part.toLowerCase();
  const rest = [
    ...new Set(ignored.filter((w) => w.toLowerCase() !== typedPart && !typedPart.split(' ').includes(w.toLowerCase()))),
  ];
  const others = rest.length > 0 ? ` (nor ${rest.map((w) => `"${w}"`).join(', ')})` : '';
  if (candidates.length === 0) {
    return {
      clarification: {
        question: readings.why
          ? readings.asIs
            ? `${readings.why}?`
            : `${readings.why} ("${part}"), and the data holds nothing to offer in its place. What did you mean by "${part}"?`
          : `I could not match "${part}"${others} to anything in the events, companies or people data, so I have not answered a broader question. What did you mean by "${part}"?`,
        part,
        options: [],
      },
      pending: { question, part, options: [] },
    };
  }
  const options = [...candidates, { label: `leave out "${part}"`, replacement: '' }].map((c, i) => ({
    id: `o${i + 1}`,
    ...c,
  }));
  return {
    clarification: {
      question: `${readings.candidates.length > 0 ? (readings.why.includes(part) ? readings.why : `${readings.why} ("${part}")`) : `I could not match "${part}"${others} exactly`}. Did you mean ${candidates.map((c) => c.label).join(' or ')}?`,
      part,
      options: options.map(({ id, label }) => ({ id, label })),
    },
    pending: { question, part, options },
  };
}

/**
 * The unmapped run, grown by a word on either side when the words together are the own words of a few names
 * and the run alone is not ("toronto institute": the run "institute" and the city "toronto" before it).
 */
function namedRunAround(run: readonly Token[], tokens: readonly Token[], index: ValueIndex): Token[] {
  const [first] = run;
  const last = run[run.length - 1];
  if (
    !first ||
    !last ||
    namesHolding(
      run.map((t) => t.norm),
      index,
    ).length > 0
  )
    return [...run];
  for (const grown of [
    [tokens[first.index - 1], ...run],
    [...run, tokens[last.index + 1]],
  ]) {
    const whole = grown.filter((t): t is Token => t !== undefined);
    if (
      whole.length > run.length &&
      namesHolding(
        whole.map((t) => t.norm),
        index,
      ).length > 0
    )
      return whole;
  }
  return [...run];
}
