import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { type NamedHit, type ValueIndex } from '../../values/ValueIndex';
import type { Mention } from '../Mention';
import { scanMentions } from '../scanMentions';
import { partOfOneEventName, writtenAsAcronym } from './partialEventNames';
import { isEnglishWord } from './vocabularySpelling';

describe('a word the data writes in capitals inside an event name', () => {
  it.each([
    ['#DMWF Asia', 'dmwf', true],
    ['AHICE South East Asia', 'ahice', true],
    ['ISPE Singapore Conference & Exhibition 2024', 'ispe', true],
    ['DigiMarCon Asia Pacific 2024', 'digimarcon', false],
    ['Submarine Networks World 2024', 'submarine', false],
    ['#DMWF Asia', 'asia', false],
  ])('%s / %s -> %s', (name, word, expected) => {
    expect(writtenAsAcronym(name, word)).toBe(expected);
  });
});

/** The event mention that covers token `k`, if any. */
function eventAt(mentions: readonly Mention[], k: number): NamedHit | null {
  const m = mentions.find((x) => x.start <= k && x.end > k);
  return m?.t === 'event' ? m.hit : null;
}

describe.skipIf(!hasRealData)('a distinctive part of one event name is that event, not a theme (real data)', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('partialEventNames');
    f = await realFixture();
    index = valueIndexOf(f);
  });
  afterAll(() => f?.close());

  /** Every run of two words the index keeps as part of one event's name and that is distinctive. */
  const partialNames = (idx: ValueIndex): [string, NamedHit][] =>
    [...idx.events].flatMap(([key, hit]): [string, NamedHit][] => {
      const words = key.split(' ');
      if (words.length !== 2 || hit.quality !== 1) return [];
      const found = partOfOneEventName(words, idx);
      return found ? [[key, found]] : [];
    });

  it('before a relation noun or a plural noun of companies, every such run names its event', () => {
    if (!index) return;
    const idx = index;
    const runs = partialNames(idx);
    // the class, not one instance: several events of the data have such runs
    expect(runs.length).toBeGreaterThan(5);
    let checked = 0;
    for (const [key, hit] of runs) {
      for (const noun of ['sponsors', 'cos']) {
        const scan = scanMentions(`emails for sales ppl at ${key} ${noun}`, idx, '2024-07-15');
        const k = scan.tokens.findIndex((t) => t.norm === key.split(' ')[0]);
        // never widened to a theme: the run is the event (or a longer name holding it, or asked about)
        expect(scan.mentions.find((m) => m.start <= k && m.end > k)?.t, `${key} ${noun}`).not.toBe('topic');
        const ev = eventAt(scan.mentions, k);
        if (ev)
          expect(
            ev.ids.some((id) => hit.ids.includes(id)),
            `${key} ${noun}`,
          ).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    ['emails for sales ppl at submarine networks sponsors', 'sponsors', 'Submarine Networks World 2024'],
    ['list engineering directors at submarine networks cos', 'taking part', 'Submarine Networks World 2024'],
  ])('%s: the event, not the Telecommunications tag', (q, relation, event) => {
    const asked = f?.ask(q);
    expect(asked?.kind).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toContain(`events named ${event}`);
    expect(asked.interpretation).toContain(relation);
    expect(asked.interpretation).not.toContain('tagged');
  });

  it("a theme's own name stays the theme ('oil and gas sponsors')", () => {
    if (!index) return;
    const scan = scanMentions('oil and gas sponsors', index, '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'event')).toBe(false);
  });

  it('a word of the language an event name writes in capitals ("ART SG") is no acronym: the theme stays', () => {
    if (!index) return;
    const words = [...index.eventNameWords.keys()].filter((x) => isEnglishWord(x));
    expect(words.length).toBeGreaterThan(10);
    for (const word of words) expect(partOfOneEventName([word], index), word).toBeNull();
  });

  it('a run several events share is no name of one event', () => {
    if (!index) return;
    for (const [word, hit] of index.eventNameWords)
      if (new Set(hit.names).size > 1) expect(partOfOneEventName([word], index), word).toBeNull();
  });
});
