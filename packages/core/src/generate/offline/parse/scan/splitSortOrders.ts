/**
 * "biggest revenue first", "smallest headcount first", "earliest start date first": an end word and "first" said
 * around the column they order are one sort order of that column, like "revenue, highest first"
 * (`SORT_ORDER_WORDS`). Read alone, the end word was a superlative over the column (the top one only) and "first" was
 * left unread, so the follow-up was asked back on "first". Run over the mentions once every recogniser has read the
 * question; the end word becomes the order after the column, and "first" is taken out of `ignored`.
 */
import { SORT_ORDER_WORDS } from '../../lexicon/aggregateWords';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';

const ORDER_OF: ReadonlyMap<string, 'desc' | 'asc'> = new Map(SORT_ORDER_WORDS);

/** Rewrites "<end word> <column> first" into the column and its sort order (see the module comment). */
export function readSplitSortOrders(mentions: Mention[], tokens: readonly Token[], ignored: string[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const end = mentions[i];
    const column = mentions[i + 1];
    if (!end || !column || (end.t !== 'superlative' && end.t !== 'most') || column.t !== 'attribute') continue;
    const first = tokens[column.end];
    const order = ORDER_OF.get(`${end.text.toLowerCase()} ${first?.norm ?? ''}`);
    const at = ignored.indexOf(first?.raw ?? '');
    if (column.start !== end.end || !first || !order || at < 0) continue;
    if (mentions.some((m) => m.start <= column.end && m.end > column.end)) continue;
    ignored.splice(at, 1);
    mentions.splice(i, 1);
    mentions.splice(i + 1, 0, {
      t: 'sortOrder',
      order,
      start: column.end,
      end: column.end + 1,
      text: `${end.text} ${first.raw}`,
    });
  }
}
