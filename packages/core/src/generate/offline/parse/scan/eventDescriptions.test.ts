import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, type Fixture } from '../../testkit';

const sqlOf = (asked: ReturnType<Fixture['ask']>): string | null => (asked.kind === 'sql' ? asked.sql : null);

describe.skipIf(!hasRealData)('one event named by a description of it (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'eventDescriptions');

  it.each([
    // a WordNet synonym of a word of its text ("undersea": "submarine"), and its venue
    [
      'list the partners of that undersea networking summit at suntec',
      'list the partners of Submarine Networks World 2024',
    ],
    // words of its description, though they also make a company's name ("public transport"), and its venue
    [
      'which companies speak at the public transport expo at suntec',
      'which companies speak at LTA-UITP Singapore International Transport Congress & Exhibition 2024',
    ],
    // two events share the theme: the venue and the month pick one
    [
      'companies exhibiting at the cybersecurity show at marina bay sands in october',
      'companies exhibiting at Cyber Security World Asia',
    ],
  ])('"%s" asks what "%s" asks', (described, named) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    expect(sqlOf(a)).toBe(sqlOf(f.ask(named)));
    // the description is shown with the name it was read as
    expect(a.kind === 'sql' ? a.interpretation : '').toMatch(/": it fits\)/);
  });

  it('asks which one when the description fits several events', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('who is exhibiting at the cybersecurity show');
    expect(a.kind).toBe('clarify');
  });

  it('reads a plural head as a theme over events, never one event', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('the hospitality events at pan pacific');
    expect(a.kind).toBe('sql');
    expect(a.kind === 'sql' ? a.interpretation : '').not.toMatch(/it fits/);
  });

  it('leaves a description no event fits as it was read (never another event)', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('sponsors of the underwater basket weaving conference at suntec');
    expect(a.kind).not.toBe('sql');
    // a month in which no event at the venue starts: no event is read from the words
    const b = f.ask('partners of the undersea networking summit at suntec in march');
    expect(b.kind === 'sql' ? b.interpretation : '').not.toMatch(/Submarine Networks World/);
  });

  it('leaves the first words of a name typed in full to the name ("the Global Conference on ...")', () => {
    const f = scanned.f;
    if (!f) return;
    // "the Global Conference" would fit two events as a description; the name goes on after it and is one event
    const a = f.ask('who exhibits at the Global Conference on Gynecology and Women Health');
    expect(a.kind).toBe('sql');
    expect(a.kind === 'sql' ? a.interpretation : '').toMatch(/Global Conference on Gynecology/);
  });

  it.each([
    // no event's own text says "subsea" or "airline": the companies taking part say it of themselves
    ['how many sponsors does the subsea cable show have', 'how many sponsors does Submarine Networks World 2024 have'],
    ['who is exhibiting at the airline show', 'who is exhibiting at Aviation Festival Asia 2025'],
    // the word the data writes, typed with a hyphen, and the pro-form "one" as the head
    ['partners of that sub-sea cable thing', 'partners of Submarine Networks World 2024'],
    ['which companies are at the subsea one in september', 'which companies are at Submarine Networks World 2024'],
    // the name restated in an aside after the description: the same event, once
    [
      'list the speakers at the subsea conference (submarine networks world)',
      'list the speakers at Submarine Networks World 2024',
    ],
  ])('"%s" asks what "%s" asks (described by its participants)', (described, named) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    expect(sqlOf(a)).toBe(sqlOf(f.ask(named)));
  });

  it('never reads a description that contradicts the name restated after it', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('sponsors of the subsea cable show (cloud expo asia)');
    expect(a.kind).not.toBe('sql');
  });

  it('reads no event from a word the participants of many events say', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('sponsors of the software show');
    expect(a.kind === 'sql' ? a.interpretation : '').not.toMatch(/it fits/);
  });

  it.each([
    // words no theme reads, before a relation noun, that one event's text or its participants say: that event
    ['subsea networks exhibitors founded before 1950', 'Submarine Networks World 2024 exhibitors founded before 1950'],
    ['undersea cable sponsors', 'Submarine Networks World 2024 sponsors'],
  ])('"%s" asks what "%s" asks (words no theme reads)', (described, named) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    expect(sqlOf(a)).toBe(sqlOf(f.ask(named)));
  });

  it('leaves words no event fits to be refused', () => {
    const f = scanned.f;
    if (!f) return;
    expect(f.ask('blorf widget sponsors').kind).not.toBe('sql');
  });

  it.each([
    // a theme of several words the theme reader ran on into the singular head: still one event's description
    ['who sponsors the payments and banking show', 'who sponsors Seamless Asia 2025'],
    ['exhibitors at the oil and gas conference in october', 'exhibitors at Asian Refining Technology Conference'],
    [
      'who is exhibiting at the logistics and supply chain conference in february',
      'who is exhibiting at 6th International Conference on Supply Chain Management (ICSCM2025)',
    ],
    ['partners of the real estate and construction show in april', 'partners of Geo Connect Asia'],
    ['who is at the health and medical fair in september', 'who is at MEDICAL FAIR ASIA'],
  ])('"%s" asks what "%s" asks (a theme run into the head)', (described, named) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    expect(sqlOf(a)).toBe(sqlOf(f.ask(named)));
  });

  it('keeps a plural head of the same theme a theme over events in the window', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('sponsors at finance and banking shows early next year');
    expect(a.kind).toBe('sql');
    expect(a.kind === 'sql' ? a.interpretation : '').toMatch(/tagged Finance & Banking/);
    expect(a.kind === 'sql' ? a.interpretation : '').not.toMatch(/it fits/);
  });

  it('names no event for a theme run into the head that no event in the window fits', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('exhibitors at the oil and gas show in march');
    expect(a.kind === 'sql' ? a.interpretation : '').not.toMatch(/named|it fits|taken for/);
  });

  it.each([
    // a description opening the message, set off by a dash from what is asked of the event
    ['undersea cable summit at suntec - partners please', 'partners of Submarine Networks World 2024'],
    ['hotel conference in february - speakers', 'speakers of AHICE South East Asia'],
    ['polyurethane or foam show - exhibitors', 'exhibitors of UTECH Southeast Asia'],
    ['law enforcement summit in september - sponsors pls', 'sponsors of ISS World Asia'],
    ['digital marketing forum at marina bay sands in february - partners', 'partners of #DMWF Asia'],
  ])('"%s" asks for the %s, never the event itself', (described, named) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    const [relation, , ...event] = named.split(' ');
    expect(sqlOf(a)).toBe(sqlOf(f.ask(`list the ${relation ?? ''} of ${event.join(' ')}`)));
  });

  it.each([
    // a slash or "or" between describing words: one event fitting either
    ['that foam / polyurethane expo, is it at mbs?', 'UTECH Southeast Asia'],
    ['the foam or polyurethanes show at marina bay sands', 'UTECH Southeast Asia'],
    // a grade of size is not checked, and said so
    ['the big food expo in april - when exactly', 'FHA-Food & Beverage'],
    ['the large food show in october', 'Food Japan 2024'],
    // a name read from some of the words that misses the month said after it is left for the description
    ['the food expo in april - where is it', 'FHA-Food & Beverage'],
  ])('"%s" is %s', (described, event) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(described);
    expect(a.kind, described).toBe('sql');
    expect(a.kind === 'sql' ? a.interpretation : '').toContain(`events named ${event} (`);
  });

  it('says a size grade of an event was not checked', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('the big food expo in april - when exactly');
    expect(a.kind === 'sql' ? a.interpretation : '').toContain('"big" not checked: the data holds no size of an event');
  });

  it.each([
    // no event fits: never read as one, asked about or refused as before
    'the big quantum teleportation expo in march - where',
    'zebra grooming expo in june - sponsors pls',
  ])('"%s" is not taken for an event', (q) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind === 'sql' ? a.interpretation : '').not.toMatch(/taken for|it fits/);
  });
});
