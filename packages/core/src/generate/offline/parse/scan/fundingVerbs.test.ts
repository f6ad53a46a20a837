import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { verbClassAt } from '../../text/verbClasses';

describe('verbs of paying for something and of meaning something for a public, from WordNet', () => {
  // none of these is listed: WordNet's senses and hypernyms put them in the class
  it.each(['bankrolling', 'underwrites', 'financed', 'funding', 'patronised', 'backing'])(
    '%s is a verb of paying',
    (w) => {
      expect(verbClassAt([w])?.cls).toBe('fund');
    },
  );
  it.each([
    ['aimed at', 1],
    ['targets', 1],
    ['geared', 1],
    ['tailored', 1],
    ['caters to', 2],
    ['catering for', 2],
  ] as const)('%s is a verb of meaning something for a public', (phrase, length) => {
    expect(verbClassAt(phrase.split(' '))).toEqual({ cls: 'devote', length });
  });
  it.each(['pay', 'give', 'attend', 'companies'])('%s is no verb of paying', (w) => {
    expect(verbClassAt([w])?.cls).not.toBe('fund');
  });
});

/**
 * A verb of paying for an event said of companies is sponsoring it; the relation noun after "as" says the role
 * instead; a verb of meaning events for a public before its preposition marks their theme, as "about" does.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('paying for events and aiming events at a public on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('fundingVerbs');
  });
  afterAll(() => f?.close());

  it.each([
    ['which firms are bankrolling events in 2025?', 'which companies are sponsoring events in 2025?'],
    ['companies that underwrite events in singapore', 'companies that sponsor events in singapore'],
    ['who funded events last year', 'who sponsored events last year'],
    ['firms backing events in 2025 as partners', 'companies that are partners of events in 2025'],
    ['events aimed at marketing', 'events about marketing'],
    ['which conferences are targeted at technology', 'which conferences are about technology'],
    ['expos that cater to the food sector', 'expos about food'],
    ['summits geared towards finance', 'summits about finance'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('leaves "finance" a job function where no event follows it as an object', () => {
    if (!f) return;
    const a = f.ask('finance people at companies in singapore');
    expect(a.kind).toBe('sql');
    expect(sql(a)).not.toBe(sql(f.ask('people at companies sponsoring events in singapore')));
  });
});
