/**
 * "partners and sponsors of X - two lists pls", "... separately", "as separate lists": the members of a list of
 * relations asked apart are each company-event row with its relation shown (one table whose relation column splits
 * it), as "and in what role" is. Read alone, the number was asked back ("two") and "separately" left unread. Only
 * when the question lists two or more relations of companies; run over the mentions once every recogniser has read
 * the question.
 */
import { SEPARATE_LIST_NOUNS, SEPARATE_WORDS } from '../../lexicon/participantListWords';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';

export function readSeparateLists(mentions: Mention[], tokens: readonly Token[], ignored: string[]): void {
  const relations = new Set(
    mentions.flatMap((m) => (m.t === 'entity' && m.entity === 'companies' ? (m.relations ?? []) : [])),
  );
  const verbs = mentions.flatMap((m) => (m.t === 'relation' ? m.relations : []));
  for (const r of verbs) relations.add(r);
  if (relations.size < 2) return;
  const relation = (m: Mention): Mention => ({
    t: 'attribute',
    attr: 'relation',
    start: m.start,
    end: m.end,
    text: m.text,
  });
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // "two lists", "2 separate lists": a number of lists
    if (m?.t === 'number') {
      const next = tokens[m.end]?.norm ?? '';
      const after = tokens[m.end + 1]?.norm ?? '';
      if (SEPARATE_LIST_NOUNS.has(next) || (SEPARATE_WORDS.has(next) && SEPARATE_LIST_NOUNS.has(after)))
        mentions[i] = relation(m);
    }
  }
  // "separately", "as separate lists": a word no reading took (a filler, or left unread)
  const at = tokens.findIndex((t, k) => SEPARATE_WORDS.has(t.norm) && !mentions.some((x) => x.start <= k && k < x.end));
  const word = tokens[at]?.raw;
  if (at < 0 || !word) return;
  const unread = ignored.indexOf(word);
  if (unread >= 0) ignored.splice(unread, 1);
  if (!mentions.some((x) => x.t === 'attribute' && x.attr === 'relation'))
    mentions.push({ t: 'attribute', attr: 'relation', start: at, end: at + 1, text: word });
  mentions.sort((a, b) => a.start - b.start);
}
