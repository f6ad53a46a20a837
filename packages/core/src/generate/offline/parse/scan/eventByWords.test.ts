import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { companyValueRows, demoFixture, realFixture, scannedFixture, type Fixture } from '../../testkit';
import { acronyms, buildValueIndexFromRows } from '../../values/ValueIndex';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

describe('acronyms of event names', () => {
  it.each([
    ['Singapore International Water Week 2024', 'siww'],
    ['Big Data & AI World Asia', 'bdaw'],
    ['Big Data & AI World Asia', 'bdawa'],
    ['Festival of Media Asia', 'fma'],
    ['Festival of Media Asia', 'foma'],
    ['Cyber Security World Asia', 'cswa'],
    // an organisation's initials heading the name: the event's own initials follow them
    ['2024 IEEE International Conference on Multimedia and Expo', 'icme'],
    ['ACM Symposium on Cloud Computing', 'socc'],
    ['IEEE International Conference on Robotics and Automation', 'icra'],
  ])('%s -> %s', (name, acronym) => {
    expect(acronyms(name)).toContain(acronym);
  });

  it.each(['Apidays Singapore', 'BeautyAsia', 'ART SG'])('a name of fewer than three words has none: %s', (name) => {
    expect(acronyms(name)).toEqual([]);
  });
});

/** Events named in the database, for building questions from the data itself. */
function eventNames(f: Fixture): string[] {
  return [...f.oracle('SELECT DISTINCT name FROM events')].map(String);
}

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('events named by part of their name on %s data', (_name, make) => {
  const scanned = scannedFixture(make, 'eventByWords');

  it('a distinctive word of one event and a singular event noun name that event', () => {
    const { f, index } = scanned;
    if (!f || !index) return;
    const idx = index;
    // every name word that belongs to exactly one event, asked as "the <word> <noun>"
    let checked = 0;
    for (const [word, hit] of idx.eventNameWords) {
      if (hit.ids.length !== 1 || idx.events.has(word) || LEXICON_PHRASES.has(word) || checked >= 15) continue;
      for (const noun of ['conference', 'summit', 'event']) {
        const scan = scanMentions(`who sponsors the ${word} ${noun}?`, idx, '2024-07-15');
        const m = scan.mentions.find((x) => x.text.toLowerCase().includes(word));
        if (m?.t === 'event') expect(m.hit.ids).toEqual(hit.ids);
        else if (m) expect(['event', 'company', 'topic', 'country', 'venue', 'city', 'unclear']).toContain(m.t);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('a word shared by two to four events gives an unclear mention with each event as an option', () => {
    const { f, index } = scanned;
    if (!f || !index) return;
    const shared = [...index.eventNameWords].find(
      ([w, hit]) => new Set(hit.names).size >= 2 && hit.names.length <= 4 && !index?.events.has(w) && w.length >= 4,
    );
    if (!shared) return;
    const [word, hit] = shared;
    const scan = scanMentions(`speakers at the ${word} event`, index, '2024-07-15');
    const m = scan.mentions.find((x) => x.t === 'unclear');
    expect(m?.t).toBe('unclear');
    if (m?.t === 'unclear') expect(m.options).toHaveLength(new Set(hit.ids).size);
    expect(eventNames(f).length).toBeGreaterThan(1);
  });
});

describe('an event named by the short name before its hyphen (demo events named for the test)', () => {
  it.each([
    ['FHA-Food & Beverage', 'fha'],
    ['SITCE-Singapore International Transport Congress', 'sitce'],
  ])('%s is reached by "%s"', (name, typed) => {
    const rows = companyValueRows([], {
      events: [{ id: 1, name, url: 'https://example.org/', venue: null, city: null, country: null, start_date: null }],
    });
    const index = buildValueIndexFromRows(rows, LEXICON_PHRASES);
    const scan = scanMentions(`${typed.toUpperCase()} dates and venue?`, index, '2024-07-15');
    const m = scan.mentions.find((x) => x.t === 'event');
    expect(m?.t === 'event' ? m.hit.names : []).toEqual([name]);
  });
});
