import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from './scanMentions';

describe('a fragment framing the ask (demo data)', () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // sentences of this test's own: what the speaker is busy with, or what the message is, constrains nothing
  it.each([
    // a gerund of the speaker's activity with no subject
    ['Doing pipeline reviews. which companies are in france?', 'which companies are in france?'],
    // ... a noun of the rows premodifying the activity's noun
    ['Doing account mapping. which companies are in france?', 'which companies are in france?'],
    // ... a noun turned verb, its consonant doubled ("prepping")
    ['Prepping a memo for my boss. which events are in japan?', 'which events are in japan?'],
    // a noun of the message after its adjective
    ['quick one for a slide - which companies are in france?', 'which companies are in france?'],
    ['A small question: which events are in japan?', 'which events are in japan?'],
    // the purpose fronted with the speaker's possessive
    ['For our partner newsletter: which events are in japan?', 'which events are in japan?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // a place in the fragment is a condition: kept
    ['Doing research on japan. which companies are there?', 'japan'],
    // a gerund of seeking heads the request itself
    ['Looking for sponsors. which events are in japan?', 'sponsors'],
    // the rows' noun heading the fragment is what is asked
    ['Doing a list of events. which are in japan?', 'events'],
    // a fragment alone is the ask
    ['Doing research on sponsors in japan', 'japan'],
  ])('%j keeps its words (%s)', (question, word) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    const kept = [...scan.ignored, ...scan.mentions.map((m) => m.text)].map((x) => x.toLowerCase());
    expect(kept.join(' ')).toContain(word);
  });
});
