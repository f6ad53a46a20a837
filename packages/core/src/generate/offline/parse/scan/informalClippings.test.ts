import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { inWordNet } from '../../text/language';
import { informalClipping } from './informalClippings';

describe('a word clipped informally with an "o" ("gyno")', () => {
  const demo = demoScanner();

  it('is the one word of the events or themes its cut starts', () => {
    const index = demo.index();
    const all = [
      ...index.eventWords.keys(),
      ...index.industries.flatMap((i) => i.tokens),
      ...index.tags.flatMap((t) => t.words),
    ].filter((x) => /^[a-z]{7,}$/.test(x));
    const words = all.filter((x) => x.length >= 9);
    let checked = 0;
    for (const word of words) {
      const typed = `${word.slice(0, 4)}o`;
      if (inWordNet(typed) || word[3] === 'o') continue;
      // every word the cut starts is this one, past its first seven letters
      if (all.some((x) => x.startsWith(word.slice(0, 4)) && !x.startsWith(word.slice(0, 7)))) continue;
      checked++;
      expect(informalClipping(typed, index)?.slice(0, 7), typed).toBe(word.slice(0, 7));
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('is no word when its cut starts two different words, or starts nothing', () => {
    const index = demo.index();
    const words = [...index.eventWords.keys()].filter((x) => /^[a-z]{9,}$/.test(x));
    const pair = words.find((a) =>
      words.some((b) => b.startsWith(a.slice(0, 4)) && b.slice(0, 7) !== a.slice(0, 7) && b.length >= 9),
    );
    if (pair) expect(informalClipping(`${pair.slice(0, 4)}o`, index)).toBeNull();
    expect(informalClipping('qxzvo', index)).toBeNull();
  });

  it('names the event whose text has the word', () => {
    const f = demo.fixture();
    const index = demo.index();
    const named = [...index.eventWords.entries()].find(
      ([x, n]) =>
        n === 1 &&
        /^[a-z]{9,}$/.test(x) &&
        !inWordNet(`${x.slice(0, 4)}o`) &&
        informalClipping(`${x.slice(0, 4)}o`, index) === x,
    );
    if (!named) return;
    const [word] = named;
    const asked = f.ask(`sponsors of that ${word.slice(0, 4)}o event`);
    const full = f.ask(`sponsors of that ${word} event`);
    expect(asked.kind).toBe(full.kind);
    if (asked.kind === 'sql' && full.kind === 'sql') expect(asked.sql).toBe(full.sql);
  });
});
