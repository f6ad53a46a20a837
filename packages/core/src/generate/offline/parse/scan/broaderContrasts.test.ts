import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('a contrast rejecting the broader reading, and the field of "the X ones" said of events (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, kinds: scan.mentions.map((m) => m.t) };
  };

  // sentences of this test's own
  it.each([
    [
      'which events are in 2025? only the finance ones, not general business',
      'which events are in 2025? only the finance ones',
    ],
    ['events in japan - the marketing ones not generic tech stuff', 'events in japan - the marketing ones'],
    [
      'any events this year? i only want the sales ones, not broad business ones',
      'any events this year? i only want the sales ones',
    ],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.kinds).toEqual(read(bare).kinds);
    expect(a.kinds).not.toContain('neg');
  });

  it('a plain contrast naming another field stays an exclusion', () => {
    expect(read('events in japan - the finance ones not the marketing ones').kinds).toContain('neg');
  });

  it.each(['which events are in 2025? only the marketing ones', 'events in japan, just the finance ones'])(
    'a job word before "ones" said of events is their theme: %j',
    (q) => {
      const kinds = read(q).kinds;
      expect(kinds).toContain('topic');
      expect(kinds).not.toContain('function');
    },
  );

  it('a job word before "ones" said of people stays their job function', () => {
    expect(read('who works in japan? only the marketing ones').kinds).toContain('function');
  });

  it.each([
    ['how big is the first company? not how many people we have there, its own size', 'not'],
    ['what is the revenue of the biggest company? not what they spend, the revenue', 'not'],
  ])('a negated embedded question beside a measure asked names the reading rejected: %j', (q) => {
    const a = read(q);
    expect(a.kinds).not.toContain('neg');
    expect(a.kinds).not.toContain('count');
    expect(a.kinds).toContain('attribute');
  });

  it('a negated embedded question with no measure asked elsewhere stays', () => {
    expect(read('which companies are in japan? not how many we have there').kinds).toContain('neg');
  });
});
