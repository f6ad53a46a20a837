/**
 * "may" is a month and a modal verb: "who may attend gstc", "companies that may sponsor". Before a verb in its base
 * form, with no date word before it ("in may", "by may") and no year after it ("may 2025"), it is the modal, which
 * hedges the verb and filters nothing (as "might" and "could" do: filler words): read as "might", never asked about
 * as an unread word nor taken as the month.
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import { isVerb, verbLemma, wordNet } from '../../text/language';
import type { Token } from '../../text/tokenize';
import { DATE_INTRODUCERS } from '../periods';

const YEAR = /^(19|20)\d\d$/;

/** Date words before a month that are also pronouns, the subject of a clause ("this may be"). */
const PRONOUN_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that']);

export function readModalMay(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.norm !== 'may') continue;
    const before = tokens[t.index - 1]?.norm ?? '';
    const after = tokens[t.index + 1]?.norm ?? '';
    if (!before || YEAR.test(tokens[t.index + 2]?.norm ?? '')) continue;
    // a verb in its base form ("attend", "be", "not"): the modal's complement; a noun after it ("may events") is no verb
    const baseVerb = after === 'not' || after === 'be' || (isVerb(after) && verbLemma(after) === after);
    // "this" / "that" are date words ("this may") and pronouns: as the subject of "be", or of a verb that is no noun
    // ("this may seem"), they hedge a remark ("this may be a dumb question"), never name the month
    const clause =
      PRONOUN_DETERMINERS.has(before) &&
      (after === 'be' || (baseVerb && after !== 'not' && wordNet().senses(after, 'noun').length === 0));
    if (!clause && DATE_INTRODUCERS.has(before)) continue;
    if (baseVerb && !EVENT_NOUNS.has(after)) t.norm = 'might';
  }
}
