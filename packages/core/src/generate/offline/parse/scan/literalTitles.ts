/**
 * A job title given literally: quoted ("with 'partner' in their title") or in capitals after the word title / role /
 * position ("the title Chief Marketing Officer"). Read before anything else, so its words are not read as
 * functions, seniorities or names.
 */
import { TITLE_MENTION_VERBS, TITLE_TERM_ENDS } from '../../lexicon/jobWords';
import { tokenize } from '../../text/tokenize';
import { claim as claimTokens, isCapitalised, type ScanState } from './ScanState';
import type { MentionBody } from '../Mention';

/** Where the question says title / titles / titled / role / position; -1 when it does not. */
export function titleWordAt(w: readonly string[]): number {
  return w.findIndex((x) => x === 'title' || x === 'titles' || x === 'titled' || x === 'role' || x === 'position');
}

export function readLiteralTitle(s: ScanState, question: string): void {
  const { w, tokens, index } = s;
  const n = w.length;
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  const titleAt = titleWordAt(w);
  if (titleAt >= 0) {
    const quoted = /["“”'‘]([^"“”'‘’]{2,60})["“”'’]/.exec(question.replace(/(\w)'(\w)/g, '$1$2'));
    let phrase: string[] = [];
    let at = -1;
    if (quoted?.[1]) {
      phrase = tokenize(quoted[1], { wordNumbers: false }).map((t) => t.norm);
      at = w.findIndex((_, k) => phrase.every((p, j) => w[k + j] === p));
    } else {
      let k = titleAt + 1;
      while (
        [
          'is',
          'contains',
          'containing',
          'including',
          'includes',
          'like',
          'mentioning',
          'with',
          'as',
          'the',
          'a',
          'an',
        ].includes(w[k] ?? '')
      )
        k++;
      const startK = k;
      const spoken = spokenTitleTerms(s, titleAt);
      if (spoken) {
        const label = spoken.terms.join(' or ');
        claim(spoken.start, spoken.end, { t: 'title', word: { phrase: label, label, patterns: spoken.terms } });
        return;
      }
      while (
        k < n &&
        isCapitalised(tokens[startK]) &&
        (isCapitalised(tokens[k]) || (['of', 'and', 'for', 'in'].includes(w[k] ?? '') && isCapitalised(tokens[k + 1])))
      )
        k++;
      if (k - startK >= 1 && k > titleAt + 1 && !index.people.has(w.slice(startK, k).join(' '))) {
        phrase = w.slice(startK, k);
        at = startK;
      }
    }
    if (at >= 0 && phrase.length > 0) {
      const label = phrase.join(' ');
      const [start, end] = withInTheirTitle(w, at, at + phrase.length);
      claim(start, end, { t: 'title', word: { phrase: label, label, patterns: [label] } });
    }
  }
}

/**
 * The words a title is said to hold, typed in any case: "whose title mentions engineering or engineer", "job titles
 * containing sales director", "title includes the word partner". The user names the text of the title, so it is
 * matched as text (not widened to a job function or a seniority the words also name). A term is one to three words;
 * "or" / "and" / "," join terms; a preposition or a relative word ends the list. Null when no such verb follows the
 * title word or no word follows the verb.
 */
function spokenTitleTerms(s: ScanState, titleAt: number): { start: number; end: number; terms: string[] } | null {
  const { w } = s;
  let k = titleAt + 1;
  if (!TITLE_MENTION_VERBS.has(w[k] ?? '')) return null;
  k++;
  while (['the', 'word', 'words', 'a', 'an'].includes(w[k] ?? '')) k++;
  const terms: string[] = [];
  let end = k;
  while (k < w.length && terms.length < 4) {
    const from = k;
    while (k < w.length && k - from < 3 && !TITLE_TERM_ENDS.has(w[k] ?? '') && /^\p{L}[\p{L}&'-]*$/u.test(w[k] ?? ''))
      k++;
    if (k === from) break;
    terms.push(w.slice(from, k).join(' '));
    end = k;
    if (!['or', 'and'].includes(w[k] ?? '') || TITLE_TERM_ENDS.has(w[k + 1] ?? '')) break;
    k++;
  }
  return terms.length > 0 ? { start: titleAt + 1, end, terms } : null;
}

/**
 * The span of "with 'X' in their (job) title" around the quoted X at [a, b): the whole phrase is the title condition
 * of the people it follows ("everyone at LTA with 'Director' in their title"), as the same words unquoted are; only
 * the quoted words when the frame is not there.
 */
function withInTheirTitle(w: readonly string[], a: number, b: number): [number, number] {
  if (w[a - 1] !== 'with' || w[b] !== 'in' || !['their', 'his', 'her', 'the'].includes(w[b + 1] ?? '')) return [a, b];
  const titleAt = w[b + 2] === 'job' ? b + 3 : b + 2;
  return ['title', 'titles'].includes(w[titleAt] ?? '') ? [a - 1, titleAt + 1] : [a, b];
}
