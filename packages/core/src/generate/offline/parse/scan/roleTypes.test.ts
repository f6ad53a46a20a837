import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

/** Sentences of this test's own over the demo data. */
describe('"<job> types": people of that job', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return {
      ignored: scan.ignored,
      mentions: scan.mentions.map((m) => `${m.t}:${m.t === 'entity' ? (m.entity ?? '') : ''}`),
    };
  };

  it.each([
    ['marketing types in Singapore', 'marketing people in Singapore'],
    ['which director types work at companies in Japan?', 'which director people work at companies in Japan?'],
  ])('%j reads as %j', (q, same) => {
    const a = read(q);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(same).mentions);
  });

  it.each(['event types in Singapore', 'which types of sponsors are there in Singapore?'])(
    '%j: no job word before it, no people',
    (q) => {
      expect(read(q).mentions).not.toContain('entity:people');
    },
  );
});
