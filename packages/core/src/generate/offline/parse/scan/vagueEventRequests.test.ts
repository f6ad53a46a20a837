import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, scannedFixture, sql, type Fixture } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { markBareThemes, readVagueEventRequests } from './vagueEventRequests';

const norms = (q: string): string[] => {
  const tokens = tokenize(q);
  readVagueEventRequests(tokens);
  return tokens.map((t) => t.norm);
};

describe('a vague request with a theme is the events about it', () => {
  it.each([
    ['anything on marketing coming up', 'events on marketing coming up'],
    ['something about cybersecurity next month', 'events about cybersecurity next month'],
    ['stuff around blockchain', 'events around blockchain'],
    ['got anything re fintech', 'got events regarding fintech'],
    ["what's on around AI", 'what events around ai'],
    ['anything marketing related', 'events marketing related'],
  ])('"%s" reads as "%s"', (q, read) => {
    expect(norms(q)).toEqual(tokenize(read).map((t) => t.norm));
  });

  it.each([
    // a verb of taking part before it: any event (`indefiniteObjects`)
    'companies sponsoring anything on AI',
    // an entity noun heads the question
    'which people work on anything about AI',
    // no theme after the preposition: "on" is taking place (`readIndefiniteSubjects`)
    'anything on in october',
    'anything on next month',
  ])('"%s" is left as typed', (q) => {
    expect(norms(q)).toEqual(tokenize(q).map((t) => t.norm));
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('vague requests for events end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('vagueEventRequests');
  });
  afterAll(() => f?.close());

  it.each([
    ['anything on marketing coming up in next 12 months?', 'marketing events coming up in next 12 months'],
    [
      'anything on marketing / martech coming up in next 12 months?',
      'events about marketing or martech in the next 12 months',
    ],
    ['stuff about technology next year', 'technology events next year'],
    // "what's on" asks what takes place, with no theme too: its place and time are the events'
    ['whats on in jan or feb 2025 outside of singapore', 'events in jan or feb 2025 outside of singapore'],
    ["what's on in singapore", 'events in singapore'],
    // a bare theme noun after the thing-word modifies it: "anything aviation" is "anything aviation-related"
    ['anything aviation or space next year?', 'aviation or space events next year'],
    ['got anything cybersecurity in october', 'cybersecurity events in october'],
    // a marker word that is a theme of its own is a member of the list too ("space")
    ['anything robotics or space-y this year', 'robotics or space events this year'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });
});

describe('a bare tagged theme after a thing-word is marked as a modifier', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'markBareThemes');
  // a word after the thing-word that names no event tag, or a job function, is no theme made of it
  it.each(['anything else in october', 'anything new next month', 'anything sales in march'])(
    '"%s" is left as typed',
    (q) => {
      if (!scanned.index) return;
      expect(markBareThemes(q, scanned.index)).toBe(q);
    },
  );
  it('marks the last member of a list of tagged themes', () => {
    if (!scanned.index) return;
    expect(markBareThemes('anything aviation or space next year', scanned.index)).toBe(
      'anything aviation or space related next year',
    );
    expect(markBareThemes('anything robotics related', scanned.index)).toBe('anything robotics related');
    // a noun of rows elsewhere in the message: the thing-word heads nothing, left as typed
    const q = 'which security events do you have? anything cyber really';
    expect(markBareThemes(q, scanned.index)).toBe(q);
  });
});
