/**
 * "may" is a month and a modal verb: "who may attend gstc", "companies that may sponsor". Before a verb in its base
 * form, with no date word before it ("in may", "by may") and no year after it ("may 2025"), it is the modal, which
 * hedges the verb and filters nothing (as "might" and "could" do: filler words): read as "might", never asked about
 * as an unread word nor taken as the month.
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import { isVerb, verbLemma } from '../../text/language';
import type { Token } from '../../text/tokenize';
import { DATE_INTRODUCERS } from '../periods';

const YEAR = /^(19|20)\d\d$/;

export function readModalMay(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.norm !== 'may') continue;
    const before = tokens[t.index - 1]?.norm ?? '';
    const after = tokens[t.index + 1]?.norm ?? '';
    if (!before || DATE_INTRODUCERS.has(before) || YEAR.test(tokens[t.index + 2]?.norm ?? '')) continue;
    // a verb in its base form ("attend", "be", "not"): the modal's complement; a noun after it ("may events") is no verb
    const baseVerb = after === 'not' || after === 'be' || (isVerb(after) && verbLemma(after) === after);
    if (baseVerb && !EVENT_NOUNS.has(after)) t.norm = 'might';
  }
}
