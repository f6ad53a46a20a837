import { hasRealData } from '@musaeid/testkit';
import { describe, expect, it } from 'vitest';
import { realFixture, scannedFixture } from '../testkit';

/**
 * What the asker says around the request, by rule rather than by phrase: the listener's spare time ("whenever you get
 * a sec"), "let me know" before the ask, a digression closed by "anyway", a manner adverb on the request verb, and a
 * date inside "on my radar" beside a named event. Answered as the request alone; what names data is kept.
 */
describe('asides around the request (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'asides around the request');
  const interpreted = (q: string): string => {
    const { f } = scanned;
    if (!f) return '';
    const asked = f.ask(q);
    return asked.kind === 'sql' ? asked.interpretation : `${asked.kind}`;
  };

  it.each([
    // the listener's spare time
    ['whenever you have a spare minute, who sponsors itb asia?', /sponsors of events named ITB Asia$/],
    ['if u get a moment - sponsors of itb asia?', /sponsors of events named ITB Asia$/],
    ['when you get a chance, list the exhibitors of ITB Asia', /exhibitors of events named ITB Asia$/],
    ['once you have a sec, how many people work at siemens?', /number of people/],
    ['when you get a free moment could you show the speakers at itb asia', /speakers of events named ITB Asia$/],
    // "let me know" framing the ask
    ['could you let me know who sponsors itb asia', /sponsors of events named ITB Asia$/],
    ['pls let us know how many events start in october 2024', /number of events.*2024-10-01\.\.2024-10-31/],
    ['let me see the exhibitors of ITB Asia', /exhibitors of events named ITB Asia$/],
    ['can you let me know which companies speak at itb asia', /speakers of events named ITB Asia$/],
    ['let me know the events at suntec in 2025', /events at Suntec, starting 2025-01-01\.\.2025-12-31$/],
    // a digression closed by a resuming adverb
    ['honestly the market is wild right now... anyway, sponsors of itb asia?', /sponsors of events named ITB Asia$/],
    ['long week, lots of calls. anyhow, how many events start in 2025?', /number of events.*2025-01-01\.\.2025-12-31/],
    ['we keep going back and forth on this. in any case, which events are at suntec?', /^events at Suntec$/],
    [
      'the team loves a good conference... at any rate, list the speakers at itb asia',
      /speakers of events named ITB Asia$/,
    ],
    // a manner adverb between the listener and the request's verb
    ['can you quickly list the sponsors of itb asia', /sponsors of events named ITB Asia$/],
    ['could u briefly tell me who exhibits at itb asia', /exhibitors of events named ITB Asia$/],
    // a date beside "on my radar" with a named event
    ['ITB Asia is on our radar next quarter - who is sponsoring?', /sponsors of events named ITB Asia$/],
    ['itb asia has been on my radar since march, who are its speakers', /speakers of events named ITB Asia$/],
  ])('%s', (q, reading) => {
    if (!scanned.f) return;
    expect(interpreted(q)).toMatch(reading);
  });

  it.each([
    // what names data before "anyway" stays when the ask points back at it
    ['events in singapore. anyway, which ones have sponsors?', /Singapore/],
    ['sponsors of itb asia - anyway, how many of them are in the US?', /ITB Asia/],
    // with no event named, the date beside "on my radar" is the window asked
    ['what should be on my radar this quarter', /2024-07-01\.\.2024-09-30/],
    // "whenever" with no listener's spare time stays a word of time
    ['whenever you like, list events in 2025', /2025-01-01\.\.2025-12-31/],
  ])('%s keeps its data', (q, reading) => {
    if (!scanned.f) return;
    expect(interpreted(q)).toMatch(reading);
  });

  it('a word no reader takes beside an aside is still asked about', () => {
    if (!scanned.f) return;
    expect(interpreted('whenever you get a sec, which zorblax events are at suntec?')).not.toMatch(
      /^events at Suntec$/,
    );
  });
});
