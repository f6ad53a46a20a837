/**
 * A job function joined by "or" / a slash to another name of the same function: "who does sales / biz dev", "sales or
 * business development people". The second name restates the first (every value it names the first names too, or
 * the other way round): one function, the union of both names' values, said as the first conjunct is (an adjective
 * before a people noun, or the activity after "does"). Read as two mentions, the second (a noun: "biz dev") opened a
 * node of its own, and the people asked became those at companies employing people of the function.
 */
import type { Mention } from '../Mention';
import { type ScanState, spanText } from './ScanState';

type FunctionMention = Extract<Mention, { t: 'function' }>;

const within = (a: FunctionMention, b: FunctionMention): boolean => a.values.every((v) => b.values.includes(v));

export function readRestatedFunctions(s: ScanState): void {
  for (const or of s.mentions.filter((m) => m.t === 'or')) {
    const left = s.mentions.find((m) => m.end === or.start);
    const right = s.mentions.find((m) => m.start === or.end);
    if (left?.t !== 'function' || right?.t !== 'function' || left.all || right.all) continue;
    if (!within(left, right) && !within(right, left)) continue;
    // one mention over both names, so what follows the second ("people") follows the function
    const merged: Mention = {
      ...left,
      end: right.end,
      text: spanText(s.tokens, left.start, right.end),
      values: [...new Set([...left.values, ...right.values])],
    };
    for (let k = left.start; k < right.end; k++) s.claimed[k] = true;
    s.mentions.splice(s.mentions.indexOf(left), 1, merged);
    for (const m of [or, right]) s.mentions.splice(s.mentions.indexOf(m), 1);
  }
}
