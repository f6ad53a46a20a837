import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, scannedFixture, scanner } from '../../testkit';
import { normKey } from '../../text/tokenize';
import { scanMentions } from '../scanMentions';
import { matchLooseName } from './looseNames';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('a name typed with its acronym in parentheses, on %s data', (_name, make) => {
  const scanned = scannedFixture(make, 'acronymExpansions');

  // every event whose initials name it alone: "<its words in lower case> (<INITIALS>)" is one reference to it
  it('is one reference to the event, with no word of the name left over', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    let tried = 0;
    for (const name of [...f.oracle('SELECT DISTINCT name FROM events')].map(String)) {
      const words = normKey(name.replace(/\([^)]*\)/g, ' '))
        .split(' ')
        .filter((w) => /^[a-z]+$/.test(w));
      const initials = words.map((w) => w[0]).join('');
      if (words.length < 3 || initials.length > 8) continue;
      const found = matchLooseName([initials], index);
      if (found.length !== 1 || found[0]?.t !== 'event' || !found[0].hit.names.includes(name)) continue;
      tried++;
      const q = `which companies sponsor ${words[0] === 'the' ? '' : 'the '}${words.join(' ')} (${initials.toUpperCase()})`;
      const scan = scanMentions(q, index, '2024-07-15');
      expect(scan.ignored, q).toEqual([]);
      const events = scan.mentions.filter((m) => m.t === 'event');
      expect(
        events.map((m) => (m.t === 'event' ? m.hit.names : [])),
        q,
      ).toEqual([[name]]);
    }
    if (tried === 0) skip(); // no event is named alone by its initials here
  });

  it('words whose initials are no acronym of the data are left for the parser to report', ({ skip }) => {
    const { index } = scanned;
    if (!index) return skip();
    const scan = scanMentions('who exhibits at the zorblax quuxly (ZQ)', index, '2024-07-15');
    expect(scan.ignored).toEqual(expect.arrayContaining(['zorblax', 'quuxly']));
  });
});

describe.runIf(hasRealData)('acronyms in parentheses on the real data', () => {
  const real = scanner(realFixture);

  it.each([
    // the words spell the acronym of an event named by its acronym only; "forum" says an event, not the company
    ['companies at both the digital marketing world forum (DMWF) and the cloud expo', '#DMWF Asia'],
    // an event noun the acronym leaves out closes the name typed
    ['who sponsors the architecture and building services show (ABS)', 'Architecture & Building Services (ABS) 2024'],
  ])('%s', (q, name) => {
    const scan = scanMentions(q, real.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'event' && m.hit.names.includes(name))).toBe(true);
  });
});

describe.skipIf(!hasRealData)('an event acronym typed spelled out, with no acronym after it (real data)', () => {
  const real = scanner(realFixture);

  // questions of this test's own: "#DMWF Asia" holds the initialism DMWF as a word of its name
  it.each(['sponsors of the digital marketing world forum', 'partners at that digital marketing world forum thing'])(
    '%s is #DMWF Asia, no theme',
    (q) => {
      const scan = scanMentions(q, real.index(), '2024-07-15');
      expect(scan.ignored).toEqual([]);
      const events = scan.mentions.flatMap((m) => (m.t === 'event' ? m.hit.names : []));
      expect(events).toEqual(['#DMWF Asia']);
      expect(scan.mentions.some((m) => m.t === 'topic')).toBe(false);
    },
  );

  it('words that are no name ("aviation fest are" is no AFA) stay what they are', () => {
    const scan = scanMentions('which cos at aviation fest are NOT in aviation industry', real.index(), '2024-07-15');
    const events = scan.mentions.flatMap((m) => (m.t === 'event' ? m.hit.names : []));
    expect(events.some((n) => n.startsWith('AFA'))).toBe(false);
  });

  it('without an event noun among the words it stays a theme', () => {
    const scan = scanMentions('digital marketing events in feb', real.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'topic')).toBe(true);
  });
});
