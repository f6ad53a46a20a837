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
