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

export function readEventDescriptors(s: ScanState): void {
  const { mentions, index } = s;
  for (const theme of [...mentions]) {
    if (theme.t !== 'topic') continue;
    const event = mentions.find((m): m is Extract<Mention, { t: 'event' }> => m.t === 'event' && m.start === theme.end);
    if (!event) continue;
    // a theme narrower than any tag ("fintech": finance with technology) is judged by the tags it lies within
    const topic = matchTopic(theme.words, index);
    const tags = [...topic.tags, ...(topic.withTag?.tags ?? [])];
    // ... or, a keyword narrower than its tag ("hotel": `narrowerKeywords.ts`), by the words the event's own name
    // and description say
    const forms = topic.mentioning ?? [];
    if (tags.length === 0 && forms.length === 0) continue;
    const says = (words: ReadonlySet<string> | undefined, form: string): boolean =>
      words !== undefined && form.split(' ').every((x) => words.has(x) || words.has(nounLemma(x)));
    const tagged =
      (tags.length > 0 && event.hit.ids.every((id) => (index.eventTags.get(id) ?? []).some((t) => tags.includes(t)))) ||
      (forms.length > 0 && event.hit.names.some((n) => forms.some((f) => says(index.eventTextWords.get(n), f))));
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
