import { COMPILED_EVENT_TAGS, countMatches, prepareTagText } from './deriveEventTags';
import { lookupKey } from './text';

/**
 * The event tags a free text (a user's question) asks about: a tag's label ('Oil & Gas', 'Finance &
 * Banking') or one of its keywords appears in it. Unlike deriveEventTags no implied tags are added and
 * every mention counts, so 'finance and banking events' gives ['finance_banking'].
 *
 * @example eventTagsMentioned('companies at oil & gas related events') // ['oil_gas']
 */
export function eventTagsMentioned(text: string | null | undefined): string[] {
  if (!text) return [];
  const prepared = prepareTagText(text);
  const key = ` ${lookupKey(text)} `;
  return COMPILED_EVENT_TAGS.filter(
    ({ tag, res }) => key.includes(` ${lookupKey(tag.label)} `) || res.some((r) => countMatches(r, prepared) > 0),
  ).map(({ tag }) => tag.tag);
}

/**
 * The event tags a theme phrase names whole: the phrase is the tag's label or one of its keywords, in any case
 * ('payments' and 'fintech' -> finance_banking, 'web3' -> crypto_blockchain, 'it' -> technology, 'petrochemicals'
 * -> oil_gas and chemicals). For a parser that has already read the words as a theme: every keyword the tagger
 * tags events by is a word a user can ask them by. No implied tags are added.
 *
 * `capitalKeywords: false` leaves out the keywords in capitals: some are one event's acronym ('GSTC', 'AHICE'), so
 * a parser that knows the phrase as an event's name asks for that event, not for every event of the theme.
 *
 * @example eventTagsNamedBy('blockchain') // ['crypto_blockchain']
 */
export function eventTagsNamedBy(phrase: string, opts: { capitalKeywords?: boolean } = {}): string[] {
  const prepared = prepareTagText(phrase).toLowerCase();
  if (prepared === '') return [];
  const key = lookupKey(phrase);
  const capitals = opts.capitalKeywords ?? true;
  return COMPILED_EVENT_TAGS.filter(({ tag, wholeRe, wholeWordRe }) => {
    const re = capitals ? wholeRe : wholeWordRe;
    return lookupKey(tag.label) === key || (re !== null && re.test(prepared));
  }).map(({ tag }) => tag.tag);
}
