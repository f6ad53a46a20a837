import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from './scanMentions';

describe('greetings, thanks and sign-offs around a question (demo data)', () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // questions of this test's own, not from an evaluation set: the wrapped question reads as the bare one
  it.each([
    ['Good morning team! Which events are in Singapore?', 'Which events are in Singapore?'],
    ['hey all, hope your week is going well. which events are in Singapore?', 'which events are in Singapore?'],
    ['which events are in Singapore? thanks in advance', 'which events are in Singapore?'],
    ['which events are in Singapore? many thanks :)', 'which events are in Singapore?'],
    ['Quick one before my 3pm - which events are in Singapore?', 'which events are in Singapore?'],
    ['sorry to bug u again lol, which events are in Singapore? ta', 'which events are in Singapore?'],
    ['Dear team, which events are in Singapore? Kind regards, Priya', 'which events are in Singapore?'],
    ['kindly send the events in Singapore', 'the events in Singapore'],
    // the speaker's feelings, and a comment without its subject
    ['sorry if this is a silly question, which events are in Singapore?', 'which events are in Singapore?'],
    // the formula's clause typed without a comma before the ask: "but" ends it
    ['sorry if this is a silly q but which events are in Singapore?', 'which events are in Singapore?'],
    ['sorry to bother you but which events are in Singapore?', 'which events are in Singapore?'],
    ['thinking about flying over, which events are in Singapore?', 'which events are in Singapore?'],
    // a formula of several words, wherever it stands: "heads" of "heads up" is no seniority
    ['heads up, which events are in Singapore?', 'which events are in Singapore?'],
    ['which events are in Singapore? just so you know, no pressure', 'which events are in Singapore?'],
    [
      'for the record, marketing people at the companies in Singapore',
      'marketing people at the companies in Singapore',
    ],
    // hesitation, a sign-off word alone before the name, well-wishing, the speaker's own thing
    ['so, um, which events are in Singapore?', 'which events are in Singapore?'],
    ['which events are in Singapore? Best, Jo', 'which events are in Singapore?'],
    ['which events are in Singapore? have a great day', 'which events are in Singapore?'],
    ['which events are in Singapore? need it for my slides', 'which events are in Singapore?'],
    ['quick favour: which events are in Singapore?', 'which events are in Singapore?'],
    // the rows asked as the object of the speaker's need, and a time of the speaker's own where nothing else is dated
    ['sales people in Singapore? need them for a mailing next week', 'sales people in Singapore?'],
    ['sales people in Singapore, doing a campaign push this week', 'sales people in Singapore'],
    // a word of the mind before a question pointing back at the rows asked
    [
      'which companies are in Singapore? just curious how big some of them are lol',
      'which companies are in Singapore?',
    ],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  // a sign-off typed straight after the question, with no punctuation before it
  it.each([
    ['which events are in Singapore kind regards, Priya', 'which events are in Singapore'],
    ['which events are in Singapore many thanks, Jo', 'which events are in Singapore'],
    ['list events in Singapore next month thanks a ton', 'list events in Singapore next month'],
    ['which events are in Singapore cheers mate', 'which events are in Singapore'],
    ['which events are in Singapore much appreciated', 'which events are in Singapore'],
    ['events in Singapore this week thx so much', 'events in Singapore this week'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    ['thanks! vegan companies in Singapore?', 'vegan'],
    // the words before a trailing formula are still read: an unknown one is asked about
    ['which zebra events are in Singapore many thanks', 'zebra'],
    ['cheers, which zebra events are in Singapore?', 'zebra'],
    // an adjective in a clause without the speaker may qualify the data: asked about, never dropped
    ['which events are in Singapore, really profitable ones', 'profitable'],
    // what the speaker wonders about the rows is content when it names a condition
    ['which companies are in Singapore? just curious how many are vegan', 'vegan'],
  ])('%j: a content word next to a formula stays content (%s)', (question, word) => {
    expect(read(question).ignored.map((x) => x.toLowerCase())).toContain(word);
  });

  it.each([
    [
      'over the coming three months, which events are in Singapore?',
      'which events are in Singapore over the coming three months?',
    ],
    [
      'in the coming 2 weeks - how many events are in Singapore?',
      'how many events are in Singapore in the coming 2 weeks?',
    ],
  ])('%j: a window of dates with a number leading the question is no clock time (reads as %j)', (fronted, bare) => {
    const a = read(fronted);
    expect(a.ignored).toEqual([]);
    expect([...a.mentions].sort()).toEqual([...read(bare).mentions].sort());
  });

  it('a time asked on its own after thanks is still asked', () => {
    const bare = read('which events are in Singapore?').mentions;
    expect(read('which events are in Singapore? thanks, next month?').mentions.length).toBeGreaterThan(bare.length);
  });

  it('a capitalised clause is a name only after a sign-off', () => {
    expect(read('which events are in Singapore, Priya?').ignored).toEqual(['Priya']);
  });

  it('the size of the answer asked in a polite clause of its own is still asked', () => {
    // "give me" is a formula and "top" an adjective: the clause is the ranking's size, not politeness
    expect(read('which events have the most companies, can you just give me the top 3?').mentions).toEqual(
      expect.arrayContaining(['top:top', 'number:3']),
    );
  });
});

describe('remarks of the speaker with the subject left out (demo data)', () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // sentences of this test's own: the state of the speaker's mind, a plan, a need, a time the speaker acts by
  it.each([
    ['which events are in Singapore next month? only wondering', 'which events are in Singapore next month?'],
    ['which events are in Singapore next month? purely curious', 'which events are in Singapore next month?'],
    ['out of interest - which events are in Singapore next month?', 'which events are in Singapore next month?'],
    ['which events are in Singapore next month? need to book flights', 'which events are in Singapore next month?'],
    ['which events are in Singapore next month? hoping to visit a few', 'which events are in Singapore next month?'],
    [
      'which events are in Singapore next month? thinkin of attending a couple',
      'which events are in Singapore next month?',
    ],
    [
      'which events are in Singapore next month? want to sort out flights before the end of august',
      'which events are in Singapore next month?',
    ],
    [
      'which events are in Singapore next month? looking for things to bring my colleagues to',
      'which events are in Singapore next month?',
    ],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  // the other side: a word in the same place that does restrict the rows is kept or asked about, never dropped
  it.each([
    // a size of events, no state of a mind
    ['which events are in Singapore next month? really big', 'big'],
    // a noun alone in a clause of its own is no remark, whatever its senses ("role" is also a noun of cognition)
    ['which companies are sponsoring events in Singapore, any role', 'role'],
    // an unknown word the remark's verb governs is still asked about
    ['which events are in Singapore next month? need to book flights to zebra', 'zebra'],
  ])('%j: a word that may restrict is asked about (%s)', (question, word) => {
    expect(read(question).ignored.map((x) => x.toLowerCase())).toContain(word);
  });

  it.each([
    // a place in the remark of a plan is a condition, kept
    ['which events are next month? need to book flights to japan', 'country:japan'],
    // a relation with something named after it is the ask
    ['which companies are in Singapore? want to see the sponsors', 'entity:sponsors'],
  ])('%j: a named thing in the remark stays read (%s)', (question, kept) => {
    expect(read(question).mentions).toContain(kept);
  });
});

describe('a time in a remark of the speaker (demo data)', () => {
  const demo = demoScanner();

  // where the rows asked have dates, the time may narrow them: it stays a condition
  it('keeps the time where the message asks about events', () => {
    const scan = scanMentions(
      'which events are in Singapore? need them for a mailing next month',
      demo.index(),
      '2024-07-15',
    );
    expect(scan.mentions.some((m) => m.t === 'cond' && m.text.toLowerCase().includes('next month'))).toBe(true);
  });
});
