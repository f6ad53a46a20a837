/**
 * Runs of capitalised words nothing could read ("sponsoring Foo Summit"), each with the mention before it: a name
 * the data does not hold after a verb or a preposition is refused naming it (`OfflineSqlGenerator`).
 */
import type { Mention } from '../Mention';
import type { Scan } from '../scanMentions';
import type { Token } from '../../text/tokenize';
import { isCapitalised, spanText } from './ScanState';

export function unknownNames(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  ignoredAt: readonly number[],
): Scan['unknownNames'] {
  const n = tokens.length;
  const names: Scan['unknownNames'] = [];
  for (let k = 0; k < ignoredAt.length; k++) {
    const i = ignoredAt[k] ?? 0;
    if (i === 0 || !isCapitalised(tokens[i]) || (k > 0 && ignoredAt[k - 1] === i - 1 && isCapitalised(tokens[i - 1])))
      continue;
    let j = i;
    while (j + 1 < n && isCapitalised(tokens[j + 1])) j++;
    let before: Mention | undefined;
    for (const m of mentions) if (m.end <= i) before = m;
    names.push({
      text: spanText(tokens, i, j + 1),
      after: before && before.end >= i - 2 ? before : undefined,
    });
  }
  return names;
}
