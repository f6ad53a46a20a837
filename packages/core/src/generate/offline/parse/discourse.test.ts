import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner } from '../testkit';
import { activityWord, mindWord, phrasalVerb } from './discourse';
import { scanMentions } from './scanMentions';

describe('what the speaker does, by WordNet', () => {
  it.each(['prospecting', 'putting', 'campaign', 'outreach', 'planning', 'research', 'newsletter', 'asked'])(
    '%s is an activity',
    (word) => {
      expect(activityWord(word)).toBe(true);
    },
  );

  it.each(['vegan', 'zebra', 'blue', 'robot', 'quixotically', 'zorblax'])('%s is not', (word) => {
    expect(activityWord(word)).toBe(false);
  });

  it.each([
    ['lined', 'up', true],
    ['putting', 'together', true],
    ['reaching', 'out', true],
    ['work', 'out', true],
    ['vegan', 'up', false],
    ['lined', 'zebra', false],
  ] as const)('%s %s is a phrasal verb: %s', (verb, particle, expected) => {
    expect(phrasalVerb(verb, particle)).toBe(expected);
  });
});

describe('words of the mind, by WordNet', () => {
  it.each(['curious', 'interested', 'curiosity', 'keen'])('%s says a state of the mind', (word) => {
    expect(mindWord(word)).toBe(true);
  });

  it.each(['big', 'local', 'profitable', 'zorblax', 'senior'])('%s does not', (word) => {
    expect(mindWord(word)).toBe(false);
  });
});

describe('long-winded questions on demo data', () => {
  const demo = demoScanner();

  // questions of this test's own, not from an evaluation set
  it.each([
    "I'm drafting a mailing list for a partner - which events are in October?",
    'For a campaign we are planning, which companies are in Singapore?',
    'my colleague asked me to pull the events in November',
    'Which events have sponsors signed up?',
    // ... with a form of "be" between
    'which 2 events have the most exhibitors that are signed up',
    'top events by how many companies r lined up',
    'Could you help me out? which events are in Singapore?',
    'which companies do we really have in Singapore?',
    'how many companies are in Singapore, need it for my deck',
    'which events are in October - for our board slides',
    'list the companies in Singapore into my spreadsheet pls',
    // an indefinite place before the data itself is its scope
    'sales people anywhere in the data who work in Singapore',
    // a preposition of source before the data itself says where the answer comes from
    'how many companies are in Singapore according to the data?',
    'which events are in October as per your records',
  ])('%s: nothing left unread', (question) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
  });

  it.each([
    ["I'm looking for vegan companies in Singapore", 'vegan'],
    ["I'm putting together a list of left-handed people in Singapore", 'handed'],
    ['for my campaign, which zebra companies are in Singapore?', 'zebra'],
    // a place or a person after "for our" is no thing the answer goes into: it may be a condition
    ['which companies are in Singapore for our region', 'region'],
    ['which events are in October for my vegan friends', 'vegan'],
  ])('%s: a content word in the speaker clause stays content (%s)', (question, word) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored.map((x) => x.toLowerCase())).toContain(word);
  });
});

describe("the speaker's own role (demo data)", () => {
  const demo = demoScanner();
  const understood = (q: string): string => {
    const asked = demo.fixture().ask(q);
    return asked.kind === 'sql' ? asked.interpretation : asked.kind;
  };

  it.each([
    'im an sdr prospecting X, can u get me their marketing people',
    'as a sales manager i need the marketing people at X',
    "I'm a sales director - who are the marketing people at X?",
  ])('%s: one person, the speaker, not a filter', (q) => {
    const company = busiestCompany(demo.fixture());
    expect(understood(q.replace('X', company))).toBe(
      `people whose job functions include Marketing, working at companies named ${company}`,
    );
  });

  it('a role asked for after "I am looking for a" is still asked for', () => {
    const company = busiestCompany(demo.fixture());
    expect(understood(`i am looking for a sales manager at ${company}`)).toContain('Sales');
  });
});

describe('a verb of fitting closing a question of its own (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanMentions(q, demo.index(), '2024-07-15');

  it.each([
    'which companies in Singapore have over 50 employees? who fits?',
    'sponsors with 50 staff or fewer. which ones qualify?',
    // a modal before the verb, a noun of rows as its subject, the speaker as its object
    'companies in Singapore with over 50 employees. which companies would fit?',
    'we want to sponsor an event in Singapore - which events might suit us?',
  ])('%j: the verb asks for the members described, no word left unread', (q) => {
    expect(read(q).ignored).toEqual([]);
  });

  it('a verb of fitting with an object of its own is not dropped', () => {
    expect(read('which companies fit the zebra profile?').ignored).toContain('zebra');
  });
});

describe('an emphatic reflexive names its noun again (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  it.each([
    [
      'people at companies in Japan who are themselves based in Singapore',
      'people at companies in Japan who are based in Singapore',
    ],
    ['how many events are in Singapore itself?', 'how many events are in Singapore?'],
  ])('%j reads as %j', (q, bare) => {
    const a = read(q);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });
});
