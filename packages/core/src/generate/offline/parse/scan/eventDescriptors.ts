/**
 * A theme said right before an event's name describes that event ("companies going to the hotel conference AHICE",
 * "the fintech summit X"): it is no filter on the companies or people asked for (a "hotel" industry), nor a second
 * condition on the events. When the event carries the theme's tag the words say nothing more and join the name's
 * mention; when it does not, the description does not hold of the event named and is asked about (`unclear`),
 * never applied to something else.
 */
import { nounLemma } from '../../text/language';
import { matchTopic } from '../matchTopic';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';
import type { ValueIndex } from '../../values/ValueIndex';

/**
 * Does the theme of these words hold of the event? Its tags (a theme narrower than any tag, "fintech", judged by the
 * tags it lies within), or a keyword narrower than its tag ("hotel": `narrowerKeywords.ts`) said by the event's own
 * name and description; null when the words are no theme with a tag or a keyword.
 */
export function themeFitsEvent(
  index: ValueIndex,
  words: readonly string[],
  event: Extract<Mention, { t: 'event' }>,
): boolean | null {
  const topic = matchTopic([...words], index);
  const tags = [...topic.tags, ...(topic.withTag?.tags ?? [])];
  const forms = topic.mentioning ?? [];
  if (tags.length === 0 && forms.length === 0) return null;
  const says = (known: ReadonlySet<string> | undefined, form: string): boolean =>
    known !== undefined && form.split(' ').every((x) => known.has(x) || known.has(nounLemma(x)));
  return (
    (tags.length > 0 && event.hit.ids.every((id) => (index.eventTags.get(id) ?? []).some((t) => tags.includes(t)))) ||
    (forms.length > 0 && event.hit.names.some((n) => forms.some((f) => says(index.eventTextWords.get(n), f))))
  );
}

export function readEventDescriptors(s: ScanState): void {
  const { mentions, index } = s;
  for (const theme of [...mentions]) {
    if (theme.t !== 'topic') continue;
    const event = mentions.find((m): m is Extract<Mention, { t: 'event' }> => m.t === 'event' && m.start === theme.end);
    if (!event) continue;
    const tagged = themeFitsEvent(index, theme.words, event);
    if (tagged === null) continue;
    mentions.splice(mentions.indexOf(theme), 1);
    if (tagged) {
      mentions.splice(mentions.indexOf(event), 1, {
        ...event,
        start: theme.start,
        text: spanText(s.tokens, theme.start, event.end),
      });
      continue;
    }
    mentions.push({
      start: theme.start,
      end: theme.end,
      text: theme.text,
      t: 'unclear',
      about: 'word',
      why: `"${theme.text}" describes ${event.hit.names[0] ?? 'the event'}, which is not filed under that theme`,
      options: [],
    });
  }
}
