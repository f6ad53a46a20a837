import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('an adjective of emphasis before a noun read stresses it (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // sentences of this test's own
  it.each([
    ['which sponsors are actual software companies?', 'which sponsors are software companies?'],
    ['which of the exhibitors are genuine software vendors', 'which of the exhibitors are software vendors'],
    ['list the real software companies in germany', 'list the software companies in germany'],
  ])('%j reads as %j', (stressed, bare) => {
    const a = read(stressed);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('keeps an emphasis adjective before a word that is not read (asked back)', () => {
    expect(read('which companies are actual blorfs?').ignored).toContain('actual');
  });
});

describe('an adjective of breadth before a theme takes it whole (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // sentences of this test's own; the regular degree ("broader") was split "broad er" and read as a theme "broad"
  it.each([
    ['events about the broader fintech space', 'events about the fintech space'],
    ['companies in the wider software sector', 'companies in the software sector'],
    ['sponsors from the broadest software industry', 'sponsors from the software industry'],
  ])('%j reads as %j', (wide, bare) => {
    const a = read(wide);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('keeps an adjective of breadth before no theme (asked back)', () => {
    expect(read('events with a wide blorf').ignored).toContain('wide');
  });
});
