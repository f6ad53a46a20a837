import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('an indefinite object of a relation verb is any event (demo data)', () => {
  const demo = demoScanner();

  const scan = (q: string) => scanMentions(q, demo.index(), '2024-07-15');

  it.each([
    'companies sponsoring anything in 2025',
    'which firms are exhibiting at whatever next year',
    'companies speaking anywhere',
    'companies sponsoring stuff',
  ])('%s: the word reads as events', (q) => {
    const read = scan(q);
    expect(read.ignored).toEqual([]);
    expect(read.mentions.some((m) => m.t === 'entity' && m.entity === 'events')).toBe(true);
  });

  it('the same words elsewhere are not events ("anything else?")', () => {
    const read = scan('is there anything about companies');
    expect(read.mentions.some((m) => m.t === 'entity' && m.entity === 'events')).toBe(false);
  });

  it('answers with the same rows as the explicit question', () => {
    const fx = demo.fixture();
    const a = fx.ask('companies sponsoring anything');
    const b = fx.ask('companies sponsoring events');
    expect(a.kind).toBe('sql');
    expect(a.kind === 'sql' && b.kind === 'sql' ? a.rows : null).toEqual(b.kind === 'sql' ? b.rows : []);
  });
});

describe('an indefinite thing-word as the whole object is events (demo data)', () => {
  const demo = demoScanner();

  const scan = (q: string) => scanMentions(q, demo.index(), '2024-07-15');

  it.each([
    'anything on in singapore next month?',
    'is there anything going on in singapore',
    'any stuff happening in december',
    'got anything for q1 2025?',
  ])('%s: the word reads as events', (q) => {
    const read = scan(q);
    expect(read.ignored).toEqual([]);
    expect(read.mentions.some((m) => m.t === 'entity' && m.entity === 'events')).toBe(true);
  });

  it.each(['anything about sales people in singapore', 'any stuff on companies in singapore'])(
    '%s: a question that names its kind of thing keeps it',
    (q) => {
      expect(scan(q).mentions.some((m) => m.t === 'entity' && m.entity === 'events')).toBe(false);
    },
  );
});

describe('a noun of those taking part after a word of having is what the events have (demo data)', () => {
  const demo = demoScanner();

  const scan = (q: string) => scanMentions(q, demo.index(), '2024-07-15');
  const eventsAsked = (q: string): boolean => {
    const read = scan(q);
    const [first] = read.mentions.filter((m) => m.t === 'entity');
    return first?.t === 'entity' && first.entity === 'events' && read.ignored.length === 0;
  };

  it.each([
    'anything in the next 3 weeks with speakers?',
    'something in singapore this year with partners',
    'anything next month having exhibitors',
    'anything in december with no sponsors',
    'any stuff in q1 2025 with any sponsors',
  ])('%s: the thing-word reads as events', (q) => {
    expect(eventsAsked(q)).toBe(true);
  });

  it.each([
    // nothing only events have: the thing-word is asked about
    'anything with sponsors?',
    // a noun of those taking part as the subject names the kind asked
    'any sponsors in october',
  ])('%s: the thing-word is not read as events', (q) => {
    expect(eventsAsked(q)).toBe(false);
  });
});
