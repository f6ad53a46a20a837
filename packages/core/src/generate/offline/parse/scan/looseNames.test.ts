import { describe, expect, it } from 'vitest';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { hasRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, scannedFixture, scanner } from '../../testkit';
import { normKey } from '../../text/tokenize';
import { GENERIC_EVENT, LEGAL } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { matchTopic } from '../matchTopic';
import { scanMentions } from '../scanMentions';
import { matchLooseName } from './looseNames';

const names = (found: MentionBody[]): string[] =>
  found.flatMap((b) => (b.t === 'event' || b.t === 'company' ? b.hit.names : []));

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('loose names on %s data', (_name, make) => {
  const scanned = scannedFixture(make, 'looseNames');

  it('a theme word typed with a slip is the theme it was respelt to, never a name with the same slip', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    // "hospitalty" is respelt to the theme "hospitality" (a word of the real data's industries); its typed form is
    // one edit from "Far East Hospitality", but a corrected slip is no name's slip
    if (!index.industries.some((i) => i.tokens.includes('hospitality'))) return skip();
    const scan = scanMentions('companies in hospitalty', index, '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'company')).toBe(false);
  });

  it('a word naming an industry as typed is never a slip of a company name one edit away', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    // every company name word one edit from an informal industry word ("telcos" is telecommunications) must stay unread
    const word = 'telcos';
    if (matchTopic([word], index).industries.length === 0) return skip();
    const scan = scanMentions(`which ${word} sponsor events`, index, '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'company' && m.text === word)).toBe(false);
  });

  it('no loose name is assembled from words on both sides of a clause break (a comma between list items)', ({
    skip,
  }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    // two words of one company's name, typed as items of a list: each item is its own clause
    // (a loose reading: a name the data holds in those very words is read earlier, by the database names)
    const spansBoth = (scan: ReturnType<typeof scanMentions>): boolean =>
      scan.mentions.some(
        (m) => ((m.t === 'company' && m.hit.quality < 2) || m.t === 'unclear') && m.text.includes(' '),
      );
    let tried = 0;
    for (const n of index.named) {
      const words = normKey(n.name).split(' ');
      if (n.kind !== 'company' || words.length !== 3) continue;
      const [, a = '', b = ''] = words;
      if (![a, b].every((x) => /^[a-z]{4,}$/.test(x) && !FILLER_WORDS.has(x))) continue;
      // typed together the words are read as the name; split by the comma they never are
      if (!spansBoth(scanMentions(`events with ${a} ${b}`, index, '2024-07-15'))) continue;
      expect(spansBoth(scanMentions(`events with ${a}, ${b}`, index, '2024-07-15')), `${a}, ${b}`).toBe(false);
      if (++tried >= 5) break;
    }
    if (tried === 0) return skip();
  });

  it('a company of three words or more is found by its initials typed in lower case', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    let tried = 0;
    for (const name of [...f.oracle('SELECT DISTINCT name FROM companies')].map(String)) {
      const words = normKey(name.replace(/\([^)]*\)/g, ' '))
        .split(' ')
        .filter((w) => w && !LEGAL.has(w) && !/^\d+$/.test(w));
      if (words.length < 3) continue;
      const initials = words.map((w) => w[0]).join('');
      const found = matchLooseName([initials], index);
      // an initialism that is an English word ("ace") or that fits many names is no name: nothing or a choice
      if (found.length === 0) continue;
      // a name stating the acronym itself in capitals ("ISS World Asia" for "iss") rightly wins over initials
      if (names(found).every((x) => x.split(/[^A-Za-z]+/).includes(initials.toUpperCase()))) continue;
      tried++;
      expect(names(found), `${initials} for ${name}`).toContain(name);
    }
    if (tried === 0) skip(); // no such company in this data set
  });

  it('an event is found by a distinctive word and the start of another word of its name', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    let tried = 0;
    for (const name of [...f.oracle('SELECT DISTINCT name FROM events')].map(String)) {
      const words = normKey(name).split(' ');
      const k = words.findIndex((w) => w.length >= 5 && !GENERIC_EVENT.has(w) && !/\d/.test(w));
      const next = words[k + 1];
      if (k < 0 || !next || next.length < 6 || /\d/.test(next)) continue;
      const found = matchLooseName([words[k] ?? '', next.slice(0, 4)], index);
      if (found.length === 0) continue;
      // Another event with both words in its name may rightly be read instead ("Fintech Summit Asia" for
      // "fintech summ" beside "Fintech Summit Middle East"): only names the two words single out count.
      const sharing = [...f.oracle('SELECT DISTINCT name FROM events')].map(String).filter(
        (other) =>
          normKey(other)
            .split(' ')
            .includes(words[k] ?? '') && normKey(other).split(' ').includes(next),
      );
      if (sharing.length > 1) continue;
      tried++;
      expect(names(found), name).toContain(name);
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('an event is found with a plural word of its name typed in the singular (and a singular one in the plural)', ({
    skip,
  }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    let tried = 0;
    for (const name of [...f.oracle('SELECT DISTINCT name FROM events')].map(String)) {
      const words = normKey(name)
        .split(' ')
        .filter((w) => w && !GENERIC_EVENT.has(w) && !/\d/.test(w));
      const k = words.findIndex((w) => w.length >= 5 && /[^sui]s$/.test(w));
      if (k < 0) continue;
      const typed = words.map((w, j) => (j === k ? w.slice(0, -1) : w));
      const found = names(matchLooseName(typed, index));
      if (found.length === 0) continue; // the singular may be another name's word: then nothing is read, not a wrong one
      tried++;
      expect(found, typed.join(' ')).toContain(name);
      const plural = words.map((w, j) => (j === k ? w : `${w}s`));
      if (plural.every((w) => w.length >= 5))
        expect(names(matchLooseName(plural, index)), plural.join(' ')).toContain(name);
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('an event is found with the vowels of its name words left out ("wrld" for "world")', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    const all = [...f.oracle('SELECT DISTINCT name FROM events')].map(String);
    let tried = 0;
    for (const name of all) {
      const words = normKey(name)
        .split(' ')
        .filter((w) => w && !/\d/.test(w));
      // the longest word of six letters or more, typed without its inner vowels
      const k = words.reduce((best, w, j) => (w.length > (words[best] ?? '').length ? j : best), 0);
      const word = words[k] ?? '';
      const typed = `${word[0] ?? ''}${word.slice(1, -1).replace(/[aeiou]/g, '')}${word.slice(-1)}`;
      if (word.length < 6 || typed === word || words.length < 2) continue;
      const found = names(
        matchLooseName(
          words.map((w, j) => (j === k ? typed : w)),
          index,
        ),
      );
      // the other words may name other events as well (then a choice, with this one among them)
      if (found.length === 0) continue;
      tried++;
      expect(found, `${typed} in ${name}`).toContain(name);
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('an acronym a name states in capitals is found with a year or a vague noun after it', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    const all = [...f.oracle('SELECT DISTINCT name FROM events')].map(String);
    let tried = 0;
    for (const name of all) {
      if (name === name.toUpperCase()) continue;
      const acronym = name.split(/[^A-Za-z]+/).find((w) => /^[A-Z]{3,}$/.test(w));
      if (!acronym) continue;
      const stating = all.filter((x) => x.split(/[^A-Za-z]+/).includes(acronym));
      // another event stating it, a company of that name or a region ("APAC"), a venue ("SUNTEC") or a word of the parser ("FIND") is rightly read instead
      const key = acronym.toLowerCase();
      if (
        new Set(stating).size > 1 ||
        index.companies.has(key) ||
        index.countries.has(key) ||
        index.venues.has(key) ||
        LEXICON.has(key) ||
        FILLER_WORDS.has(key)
      )
        continue;
      tried++;
      const scan = scanMentions(`who sponsors the ${acronym.toLowerCase()} thing`, index, '2024-07-15');
      expect(scan.ignored, name).toEqual([]);
      expect(
        scan.mentions.some((m) => m.t === 'event' && m.hit.names.includes(name)),
        `${acronym} thing`,
      ).toBe(true);
    }
    if (tried === 0) skip(); // no event states an acronym in this data set
  });

  it('words that name nothing match nothing', ({ skip }) => {
    const { index } = scanned;
    if (!index) return skip();
    for (const words of [['zorblaxian'], ['quuxly', 'festival'], ['the'], ['festival'], ['space']])
      expect(matchLooseName(words, index), words.join(' ')).toEqual([]);
  });

  it('an unread word that is a company initialism is read as that company', ({ skip }) => {
    const { f, index } = scanned;
    if (!f || !index) return skip();
    const company = [...f.oracle('SELECT DISTINCT name FROM companies')].map(String).find((name) => {
      const words = normKey(name)
        .split(' ')
        .filter((w) => w && !LEGAL.has(w));
      if (words.length < 3) return false;
      const found = matchLooseName([words.map((w) => w[0]).join('')], index);
      return found.length === 1;
    });
    if (!company) return skip();
    const initials = normKey(company)
      .split(' ')
      .filter((w) => w && !LEGAL.has(w))
      .map((w) => w[0])
      .join('');
    const scan = scanMentions(`people at ${initials}`, index, '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'company' && m.hit.names.includes(company))).toBe(true);
  });
});

describe.runIf(hasRealData)('loose names of the real data', () => {
  const real = scanner(realFixture);

  it.each([
    [['hpe'], 'Hewlett Packard Enterprise'], // initialism and web domain
    [['ahice'], 'AHICE South East Asia'], // an acronym of the data typed in lower case
    [['worldchefs'], 'Worldchefs Congress & Expo 2024'], // one distinctive word
    [['aviation', 'fest'], 'Aviation Festival Asia 2025'], // a shortened word
    [['cyber', 'sec', 'world'], 'Cyber Security World Asia'],
    [['polstar'], 'Polestar'], // a misspelt brand (offered with any name as near)
    [['worldchef'], 'Worldchefs Congress & Expo 2024'], // a plural name word typed in the singular
    [['submarine', 'netwrks'], 'Submarine Networks World 2024'], // a letter left out inside a two-word name
    [['cyber', 'sec', 'wrld', 'asia'], 'Cyber Security World Asia'], // vowels left out
    [['supply', 'chain', 'mgmt', 'conf'], '6th International Conference on Supply Chain Management (ICSCM2025)'],
    [['icscm'], '6th International Conference on Supply Chain Management (ICSCM2025)'], // stated acronym
    [['afa', 'thing'], 'AFA Creators Super Fest 2024'], // the acronym stated beats an initialism of another
  ])('%j -> %s', (words, name) => {
    expect(names(matchLooseName(words, real.index()))).toContain(name);
  });

  it('the head noun typed picks the one name that uses it; with none using it, both are offered', () => {
    const read = (q: string) => scanMentions(q, real.index(), '2024-07-15').mentions;
    const summit = read('companies at the cyber security summit').find((m) => m.t === 'event');
    expect(summit?.t === 'event' ? summit.hit.names : []).toEqual(['Cyber Security Summit Singapore']);
    const expo = read('companies at the cyber security expo').find((m) => m.t === 'unclear');
    expect(expo?.t === 'unclear' ? names(expo.options) : []).toEqual(
      expect.arrayContaining(['Cyber Security Summit Singapore', 'Cyber Security World Asia']),
    );
  });

  it.each(['cybersec events', 'list cybersec cos', 'who sponsors cybersec events'])(
    '"%s": words that fit several events by the words of a theme they are all tagged with name the theme',
    (q) => {
      const index = real.index();
      // the words fit several events' names equally: asked between them before
      const fit = matchLooseName(['cybersec'], index);
      expect(fit.length).toBeGreaterThan(1);
      const scan = scanMentions(q, index, '2024-07-15');
      expect(scan.unclear).toEqual([]);
      const topic = scan.mentions.find((m) => m.t === 'topic');
      const tags = topic?.t === 'topic' ? matchTopic(topic.words, index).tags : [];
      for (const f of fit)
        if (f.t === 'event')
          expect(f.hit.ids.some((id) => (index.eventTags.get(id) ?? []).some((t) => tags.includes(t)))).toBe(true);
    },
  );

  it('a single letter of a name ("(S)") does not make it less covered than a name that shares the typed words', () => {
    // "Far East Hospitality Trust (FEHT)" and "Far East Hospitality Management (S) Pte Ltd" both start with the words
    // typed: the one is not read alone because the other's "(S)" counted as a word the user left out
    const found = scanMentions('people at far east hospitality', real.index(), '2024-07-15').mentions.find(
      (m) => m.t === 'company',
    );
    expect(found?.t === 'company' ? found.hit.names : []).not.toEqual(['Far East Hospitality Trust (FEHT)']);
  });

  it('a loose name where a theme was expected is read as the name, not reported as an unknown theme', () => {
    const scan = scanMentions('emails at the submarine netwrks sponsors', real.index(), '2024-07-15');
    expect(scan.unknownTopics).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'event' && m.hit.names.includes('Submarine Networks World 2024'))).toBe(
      true,
    );
  });
});

describe.runIf(hasRealData)('an industry run before a conjunction (real data)', () => {
  const scanned = scannedFixture(realFixture, 'looseNames conjunction');
  it('"in software and have 51-200 staff": the industry is "software", the "and" joins the next clause', ({ skip }) => {
    const { index } = scanned;
    if (!index) return skip();
    const topics = scanMentions(
      'sponsors in software and have between 51 and 200 employees',
      index,
      '2024-07-15',
    ).mentions.flatMap((m) => (m.t === 'topic' ? [m.words.join(' ')] : []));
    expect(topics).toEqual(['software']);
  });
});
