import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { loadLanguageData } from '../../text/language';
import { tokenize } from '../../text/tokenize';
import { readModalMay } from './modalMay';
import { realFixture } from '../../testkit';

const read = (q: string): string[] => {
  const tokens = tokenize(q);
  readModalMay(tokens);
  return tokens.map((t) => t.norm);
};

describe('"may" as a modal verb', () => {
  beforeAll(() => loadLanguageData());

  it('before a verb in its base form, after a subject, it is the modal (read as "might")', () => {
    for (const verb of ['attend', 'sponsor', 'exhibit', 'speak', 'be', 'not', 'join', 'show up'])
      for (const subject of ['who', 'companies that', 'which people', 'they'])
        expect(read(`${subject} may ${verb} at gstc`), `${subject} ${verb}`).toContain('might');
  });

  it('after "this" / "that" as the subject of a remark ("this may be ...") it is the modal', () => {
    for (const q of [
      'this may be a naive ask, but which events are in perth',
      'that may be off topic - sponsors of gstc?',
      'events in perth, this may seem odd',
    ])
      expect(read(q), q).toContain('might');
    // ... while "this may" before a noun, a preposition or nothing is the month
    for (const q of ['events this may', 'events this may in perth', 'sponsors this may not june', 'this may events'])
      expect(read(q), q).not.toContain('might');
  });

  it('after a date word, before a year or a noun, or opening the question it stays the month', () => {
    for (const q of [
      'events in may',
      'events by may',
      'events from may to june',
      'events may 2025 attend',
      'show may events',
      'list may conferences',
      'may events',
      'companies at events during may',
    ])
      expect(read(q), q).not.toContain('might');
  });
});

warnIfNoRealData('"may" as a modal verb');

// the real CSVs may be absent (a clone without ../shared): the block is skipped then, as every real-data block is
describe.runIf(hasRealData)('"may" as a modal verb (real data)', () => {
  it('"who may attend <event>" is answered as "who will attend <event>", never asked about "may"', async () => {
    const f = await realFixture();
    try {
      for (const modal of ['may', 'might']) {
        const hedged = f.ask(`which companies ${modal} attend gstc`);
        const plain = f.ask('which companies will attend gstc');
        expect(hedged.kind, modal).toBe('sql');
        if (hedged.kind === 'sql' && plain.kind === 'sql') expect(hedged.sql).toBe(plain.sql);
      }
    } finally {
      f.close();
    }
  });
});
