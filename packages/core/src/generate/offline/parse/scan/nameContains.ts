/**
 * Words asked for inside a name: "events with 'Asia' in their name", "companies whose name contains bank", "the
 * word X in the name". A `nameHas` condition (not asked when the question is about titles: `literalTitles.ts`).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { tokenize } from '../../text/tokenize';
import type { MentionBody } from '../Mention';
import { titleWordAt } from './literalTitles';
import { claim as claimTokens, isCapitalised, type ScanState } from './ScanState';

export function readNameContains(s: ScanState, question: string): void {
  const { w, tokens, claimed } = s;
  const n = w.length;
  const claim = (a: number, b: number, body: MentionBody): void => claimTokens(s, a, b, body);
  const titleAt = titleWordAt(w);
  const nameAt = w.findIndex((x) => x === 'name' || x === 'names');
  if (nameAt >= 0 && titleAt < 0) {
    const quoted = /["“”'‘]([^"“”'‘’]{2,60})["“”'’]/.exec(question.replace(/(\w)'(\w)/g, '$1$2'));
    let phrase: string[] = [];
    if (quoted?.[1]) phrase = tokenize(quoted[1], { wordNumbers: false }).map((t) => t.norm);
    else {
      const wordAt = w.findIndex((x, k) => (x === 'word' || x === 'term') && k + 1 < n && w[k + 1] !== 'in');
      const verbAt = ['contains', 'containing', 'includes', 'including', 'mentions', 'mentioning', 'with'].includes(
        w[nameAt + 1] ?? '',
      )
        ? nameAt + 1
        : -1;
      const theName =
        w[nameAt - 1] === 'the' &&
        ['with', 'has', 'have', 'having', 'by', 'of', 'under'].includes(w[nameAt - 2] ?? '') &&
        isCapitalised(tokens[nameAt + 1])
          ? nameAt + 1
          : -1;
      const at = wordAt >= 0 ? wordAt + 1 : verbAt >= 0 ? verbAt + 1 : theName;
      if (at >= 0 && at < n && !FILLER_WORDS.has(w[at] ?? '')) phrase = [w[at] ?? ''];
    }
    const at = phrase.length > 0 ? w.findIndex((_, k) => phrase.every((p, j) => w[k + j] === p)) : -1;
    if (at >= 0) {
      claim(at, at + phrase.length, {
        t: 'cond',
        cond: { kind: 'nameHas', words: [phrase.join(' ')], label: phrase.join(' '), negate: false },
      });
      for (const k of [at - 1]) if (k >= 0 && !claimed[k] && (w[k] === 'word' || w[k] === 'term')) claimed[k] = true;
    }
  }
}
