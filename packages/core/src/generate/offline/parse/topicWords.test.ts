import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

/** Every word of a theme phrase must be known somewhere: a made-up word is never dropped from an answer (demo). */
describe('theme phrases with a word known nowhere', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const kind = (q: string): string => f.gen.generateSync({ question: q, history: [], asOf: '2024-07-15' }).kind;

  it.each(['aviation companies', 'finance firms', 'companies in the aviation industry'])('%s is answered', (q) => {
    expect(kind(q)).toBe('sql');
  });

  // a word cut short from a word of the theme it matches is that word ("cyber sec": Cyber Security)
  it.each([
    ['cyber sec events', 'Cyber Security'],
    ['upcoming cyber sec conferences', 'Cyber Security'],
  ])('%s is read as %s', (q, theme) => {
    const r = f.gen.generateSync({ question: q, history: [], asOf: '2024-07-15' });
    expect(r.kind === 'sql' ? r.interpretation : r.kind).toContain(theme);
  });

  it.each([
    'aviation wumbescent companies',
    'finance glorptastic firms',
    'education snorkwise companies',
    'companies in the aviation plobbish industry',
  ])('%s is asked about or refused, not answered as the known word alone', (q) => {
    expect(kind(q)).not.toBe('sql');
  });
});

describe('a preposition of time after a theme marker is no theme (demo)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it('"around since" reads no theme "since"', () => {
    const r = f.gen.generateSync({
      question: 'companies that have been around since before 1950',
      history: [],
      asOf: '2024-07-15',
    });
    expect(r.kind === 'sql' ? r.interpretation : '').not.toContain('since');
  });
});
