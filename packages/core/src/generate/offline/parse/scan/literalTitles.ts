/**
 * A job title given literally: quoted ("with 'partner' in their title") or in capitals after the word title / role /
 * position ("the title Chief Marketing Officer"). Read before anything else, so its words are not read as
 * functions, seniorities or names.
 */
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
      claim(at, at + phrase.length, { t: 'title', word: { phrase: label, label, patterns: [label] } });
    }
  }
}
