import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, scannedFixture } from '../../testkit';

/**
 * Being on an event's list of participants ("on the lineup for X", "on the roster of X") is taking part in it (real
 * data: AHICE and Cloud Expo Asia); "lineup" was read as WordNet's "card", the Circuit card assemblies industry.
 */
describe.skipIf(!hasRealData)('on the list of an event (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'participantLists');

  it.each([
    'cos on the roster of ahice',
    'which companies are on the lineup for AHICE?',
    'who is on the line-up at ahice',
  ])('"%s" is taking part in it', (q) => {
    const f = scanned.f;
    if (!f) return;
    expect(firstColumnNames(f.ask(q), q)).toEqual(firstColumnNames(f.ask('companies taking part in ahice')));
  });

  it.each([
    ['companies registered at ahice', 'companies taking part in ahice'],
    ['who is signed up for ahice', 'companies taking part in ahice'],
    ['which exhibitors are confirmed for ahice?', 'exhibitors at ahice'],
  ])('"%s": a participle of being listed restates taking part, in the noun\'s relation', (q, same) => {
    const f = scanned.f;
    if (!f) return;
    expect(firstColumnNames(f.ask(q), q)).toEqual(firstColumnNames(f.ask(same), same));
  });

  it.each([
    ['which events has google signed up for', 'which events is google taking part in'],
    ['which events has google specifically signed up for?', 'which events is google taking part in'],
    ['what events is google registered for', 'which events is google taking part in'],
    [
      'which conferences has google - i mean alphabet, sorry, google - booked for',
      'which events is google taking part in',
    ],
    ['which events is google confirmed for, in 2024?', 'which events in 2024 is google taking part in'],
  ])('"%s": the event fronted, the participle\'s preposition stranded at the end', (q, same) => {
    const f = scanned.f;
    if (!f) return;
    const expected = firstColumnNames(f.ask(same), same);
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(f.ask(q), q)).toEqual(expected);
  });

  it('"on the lineup for both X and Y" is at both', () => {
    const f = scanned.f;
    if (!f) return;
    const q = 'Which companies are on the lineup for both Cloud Expo Asia and Cyber Security World Asia?';
    const both = firstColumnNames(f.ask('companies taking part in both Cloud Expo Asia and Cyber Security World Asia'));
    expect(both.length).toBeGreaterThan(0);
    expect(firstColumnNames(f.ask(q), q)).toEqual(both);
  });
});
