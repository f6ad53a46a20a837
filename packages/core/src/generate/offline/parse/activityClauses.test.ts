import { describe, expect, it } from 'vitest';
import { demoScanner, scanReading } from '../testkit';
import { scanMentions } from './scanMentions';

describe("the speaker's own activity beside a complete ask (demo data)", () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // questions of this test's own, not from an evaluation set: the speaker's activity holds data words (a job
  // function, a place, a theme) that are its objects, never conditions on the rows asked
  it.each([
    // the speaker as subject, a chain of intention, then the verb of the activity
    ['marketing people in japan? we are trying to sell a marketing app', 'marketing people in japan?'],
    [
      'which companies are in france? im planning to pitch our sales software to them',
      'which companies are in france?',
    ],
    // the speaker's side as subject ("my brother", "our team")
    ['any events in germany? my brother runs a finance startup lol', 'any events in germany?'],
    [
      'which companies sponsor events in japan? our team builds marketing tools',
      'which companies sponsor events in japan?',
    ],
    // "thinking of" + a gerund, with a place inside
    [
      'how many sales people are in japan? i am thinking of opening a tokyo office',
      'how many sales people are in japan?',
    ],
    // a self-description after a copula
    ['which companies are in france? (we are a tiny marketing shop)', 'which companies are in france?'],
    // no subject: a gerund opens the activity
    ['which events are in japan? putting together a sales plan for germany', 'which events are in japan?'],
    // a question word whose verb is the speaker's own choice
    [
      'which companies are in france? trying to work out which ones our team should call first',
      'which companies are in france?',
    ],
    ['which events are in japan? figuring out whose party to go to', 'which events are in japan?'],
    // "one" in the ask is a number, no pointer back at the frame
    [
      'which companies are at more than one event? we sell booth furniture',
      'which companies are at more than one event?',
    ],
    // wanting to know "how big" the speaker's own thing is restates the count asked
    [
      'how many marketing people are in japan? i want to know how big our japanese network is',
      'how many marketing people are in japan?',
    ],
    // a verb of wanting before the speaker's own act, its subject the speaker's circle with or without "my"
    ['any events in japan next month? my manager wants to bring his wife', 'any events in japan next month?'],
    ['which events are in france? boss wants to take her team along', 'which events are in france?'],
    ['which companies are in germany? we want to fly out in spring', 'which companies are in germany?'],
    ['which events are in japan? my line manager needs to book flights soon', 'which events are in japan?'],
    // the speaker's circle with nouns before its head
    ['which companies are in france? our sales team sells coffee machines', 'which companies are in france?'],
    // knowing a question the speaker will settle ("how many X to V")
    ['which event is the longest? need to know how many hotel nights to budget for', 'which event is the longest?'],
    ['which events are in japan? we need to work out how many staff to send', 'which events are in japan?'],
    ['which companies are in france? trying to decide which booths to visit', 'which companies are in france?'],
    ['which events are in japan? i want to know how many flyers to print', 'which events are in japan?'],
    // the thing-word of the ask stays the events though the speaker's remark after it names a person ("boss")
    ['anything on in japan in october? my boss wants to bring her husband', 'anything on in japan in october?'],
    [
      'any pet stuff going on in france next month?? my manager wants to bring his dog',
      'any pet stuff going on in france next month??',
    ],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // a verb of wanting or restricting says what the answer must be
    ['which events are in japan? we only sell to finance people', 'finance'],
    ['which companies are in france? we need them to be in paris', 'paris'],
    ['which events are in japan? we want to see the marketing ones', 'marketing'],
    ['which companies are in france? we are interested in finance', 'finance'],
    // a negation restricts
    ['which events are in japan? we do not work in tokyo', 'tokyo'],
    ['which companies are in france? we are mostly after finance people', 'finance'],
    ['which events are in japan? we care about marketing', 'marketing'],
    // a question word with a verb of the data is an ask
    ['any events in japan? trying to figure out which companies sponsor them in tokyo', 'tokyo'],
    // "thinking about" + a noun is a topic, not an activity
    ['which events are in japan? thinking about finance', 'finance'],
    // a gerund after a comma may modify the rows before it: no sentence of the speaker's
    ['small companies, 50 staff or fewer, exhibiting at events in japan', 'japan'],
    ['companies in france, hiring marketing people in paris', 'paris'],
    // the clause alone asks
    ['we sell marketing software to companies in japan', 'japan'],
    // a wish whose act takes data words as its object may say which rows
    ['which companies are at events in japan? we want to target finance people', 'finance'],
    ['which events are in japan? boss wants to see the ones in tokyo', 'tokyo'],
    // what follows "so" after the speaker's activity is the ask's condition
    ['which companies are in france? our team sells software so only finance ones', 'finance'],
    // a noun before a verb of the data is no subject of the speaker's circle ("industry is", "german companies")
    ['events in japan: which industry is most common among their sponsors?', 'industry'],
    ['Which German companies (by address) take part in events in japan?', 'german'],
    // a question of the data after a verb of knowing is an ask
    ['which events are in japan? i need to know which companies sponsor them in tokyo', 'tokyo'],
  ])('%j keeps its words (%s)', (question, word) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    const kept = [...scan.ignored, ...scan.mentions.map((m) => m.text)].map((x) => x.toLowerCase());
    expect(kept.join(' ')).toContain(word);
  });
});

/** Sentences of this test's own, not from any evaluation set. */
describe('the speaker narrating before the ask (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it.each([
    [
      'putting a dinner guest list together — who in Singapore has manager in their title?',
      'who in Singapore has manager in their title?',
    ],
    ['just got back from holiday, sorry! which events are in Singapore?', 'which events are in Singapore?'],
    ['got my slides done early. which events are in Singapore?', 'which events are in Singapore?'],
    ['only just landed, sorry - which events are in Singapore?', 'which events are in Singapore?'],
    ['been slammed all week - which events are in Singapore?', 'which events are in Singapore?'],
    ['got stuck in traffic all morning - which companies are in Singapore?', 'which companies are in Singapore?'],
    ['drafting a seating plan — who in Singapore works in marketing?', 'who in Singapore works in marketing?'],
  ])('%j reads as %j', (said, bare) => {
    const a = read(said);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // the ask's own unknown word is still asked
    ['just got back from holiday. which zebra events are in Singapore?', 'zebra'],
  ])('%j: %s stays asked', (question, word) => {
    expect(read(question).ignored).toContain(word);
  });
});
