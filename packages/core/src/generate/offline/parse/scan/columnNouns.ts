/**
 * "give me just the venue and URL columns", "the revenue and headcount fields": a noun of the answer table's fields
 * after a list of attributes says those attributes are shown. The list's words that read as a grouping dimension
 * ("venue", "country") are the attribute of the same name there (a column shown, never a count per venue), and the
 * noun is taken out of `ignored` (it was asked back). Run over the mentions once every recogniser has read the
 * question.
 */
import { ATTRIBUTE_WORDS, COLUMN_NOUNS } from '../../lexicon/attributeWords';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';

const ATTRIBUTE_OF: ReadonlyMap<string, Extract<Mention, { t: 'attribute' }>['attr']> = new Map(ATTRIBUTE_WORDS);

/** Mentions that may join the listed attributes. */
const JOINS: ReadonlySet<Mention['t']> = new Set(['and', 'or']);

export function readColumnNouns(mentions: Mention[], tokens: readonly Token[], ignored: string[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const last = mentions[i];
    const noun = last ? tokens[last.end] : undefined;
    if (!last || !noun || !COLUMN_NOUNS.has(noun.norm) || (last.t !== 'attribute' && last.t !== 'dimension')) continue;
    const at = ignored.indexOf(noun.raw);
    if (at < 0) continue;
    // the run of listed fields ending at the noun, each one an attribute
    const run: number[] = [];
    for (let k = i; k >= 0; k--) {
      const m = mentions[k];
      if (!m || JOINS.has(m.t)) continue;
      if (m.t !== 'attribute' && m.t !== 'dimension') break;
      if (m.t === 'dimension' && !ATTRIBUTE_OF.has(m.text.toLowerCase())) break;
      run.push(k);
    }
    ignored.splice(at, 1);
    for (const k of run) {
      const m = mentions[k];
      const attr = m?.t === 'dimension' ? ATTRIBUTE_OF.get(m.text.toLowerCase()) : undefined;
      if (m && attr) mentions[k] = { t: 'attribute', attr, start: m.start, end: m.end, text: m.text };
    }
  }
}
