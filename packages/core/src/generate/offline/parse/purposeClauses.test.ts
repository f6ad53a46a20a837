import { describe, expect, it } from 'vitest';
import { demoScanner, scanReading } from '../testkit';
import { scanMentions } from './scanMentions';

describe("the speaker's purpose with the rows asked (demo data)", () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // questions of this test's own, not from an evaluation set: what the speaker will do with the answer adds nothing
  it.each([
    // a definite noun of the rows asked is the answer itself
    [
      'which companies sponsor events in japan? i plan to phone the sponsors after the summit',
      'which companies sponsor events in japan?',
    ],
    // a pronoun of the rows, and a time right after it: when the speaker acts, the asker's deadline
    [
      'marketing people in japan? we are a tiny agency and hope to meet them before december',
      'marketing people in japan?',
    ],
    ['which companies are in france? my team wants to visit them by march', 'which companies are in france?'],
    // the speaker's own noun phrase: a place or a noun of the rows premodifying it names the speaker's thing
    [
      'which companies sponsor events in japan? we have a paris team that could phone them',
      'which companies sponsor events in japan?',
    ],
    // a bare person noun before a verb of wanting is the speaker's own; "a list" is the answer, the time its deadline
    ['which events are in japan? (director wants a list by friday)', 'which events are in japan?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // a time after a noun may say which rows: kept
    ['which events are in japan? i want to attend the ones in december', 'december'],
    // rows of another relation than those asked are new rows, kept
    ['which companies speak at events in japan? i want to call the sponsors too', 'sponsors'],
    // a clause naming a place is content
    ['which companies are in germany? we want to meet the ones in berlin', 'berlin'],
    // "the big ones" picks some of the rows asked: a word that narrows them, asked about, never dropped
    ['which companies are in germany? need the big ones for a pitch deck', 'big'],
    // a list of some of the rows is a condition on them
    ['which events are in japan? my boss wants a list of the ones in march', 'march'],
    // a noun of the data with its determiner is no speaker of the message
    ['which companies sponsor events in japan? the sponsors want a list by friday', 'friday'],
    // a clause with no other clause asking stays the ask
    ['i want to reach out to the sponsors in japan', 'japan'],
  ])('%j keeps its words (%s)', (question, word) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    const kept = [...scan.ignored, ...scan.mentions.map((m) => m.text)].map((x) => x.toLowerCase());
    expect(kept.join(' ')).toContain(word);
  });

  // "in front of", "at least": an adverb WordNet lists is no slip of a name nor a title
  it('reads a fixed adverb of several words as no name', () => {
    const scan = scanMentions(
      'which companies are in germany? we want to get in front of them',
      demo.index(),
      '2024-07-15',
    );
    expect(scan.mentions.filter((m) => m.text.toLowerCase() === 'front')).toEqual([]);
  });
});

/** Sentences of this test's own, not from any evaluation set. */
describe("the speaker's own party after a preposition of whom the work is for (demo data)", () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it.each([
    ['for our med-tech client: marketing people in Singapore', 'marketing people in Singapore'],
    ['for our german client, which companies are in Singapore?', 'which companies are in Singapore?'],
    ['compiling a list for my agri-food customer: sales people in Singapore', 'sales people in Singapore'],
    ['marketing people in Singapore for our fintech partner', 'marketing people in Singapore'],
    ['to send to my logistics manager: hr people in Singapore', 'hr people in Singapore'],
    // a thing the speaker makes, a date or a theme describing it
    ['for our Q4 planning deck: which companies are in Singapore?', 'which companies are in Singapore?'],
    ['for our 2025 campaign, sales people in Singapore', 'sales people in Singapore'],
    ['marketing people in Singapore for my board slides', 'marketing people in Singapore'],
  ])('%j reads as %j', (said, bare) => {
    const a = read(said);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('rows of the data after "our" stay rows', () => {
    expect(read('marketing people at our sponsors in Singapore').mentions).toContain('entity:sponsors');
    // "our event": which event is asked, no thing of the speaker's
    expect(read('sponsors for our event in Singapore').mentions).toContain('entity:event');
  });

  it('a plural after the possessive is rows, its modifier still asked', () => {
    expect(read('which events are in Singapore for my vegan friends').ignored).toContain('vegan');
  });

  it('an unknown word outside the party is still asked', () => {
    expect(read('for our vegan client, zebra companies in Singapore').ignored).toContain('zebra');
  });
});

/** Sentences of this test's own, not from any evaluation set. */
describe('the standing the speaker wants with the rows asked (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it.each([
    ['i want a seat at the table with marketing people in Singapore', 'marketing people in Singapore'],
    ['we need a foot in the door with hr people in Singapore', 'hr people in Singapore'],
    ["i'd love an intro with sales people in Singapore", 'sales people in Singapore'],
    ['i am trying to get a meeting with finance people in Singapore', 'finance people in Singapore'],
    ['we want face time with marketing people in Singapore', 'marketing people in Singapore'],
  ])('%j reads as %j', (said, bare) => {
    const a = read(said);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // rows before "with" keep what follows them a condition
    ['i want companies with vegan food in Singapore', 'vegan'],
    ['i need sponsors with vegan menus', 'vegan'],
  ])('%j: %s stays asked', (question, word) => {
    expect(read(question).ignored).toContain(word);
  });
});
