import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from './scanMentions';

describe("the speaker's own context around the ask (demo data)", () => {
  const demo = demoScanner();

  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, mentions: scan.mentions.map((m) => `${m.t}:${m.text.toLowerCase()}`) };
  };

  // questions of this test's own: the context clause adds nothing, the ask keeps all of its constraints
  it.each([
    [
      "we're a fintech in Germany - which events are in Singapore next year?",
      'which events are in Singapore next year?',
    ],
    ['I work in marketing at a bank. list sales people in Singapore', 'list sales people in Singapore'],
    ['im in bizdev at a small cloud startup; what events are in Singapore?', 'what events are in Singapore?'],
    [
      'Our company is based in Japan and we sell to hotels. Which events are in Singapore in October?',
      'Which events are in Singapore in October?',
    ],
    ['for a client in the energy space: which events are in Singapore?', 'which events are in Singapore?'],
    // someone of the speaker's circle, "my" left out, wanting to know: the complement is the request
    ['boss wants to know what events are in Singapore', 'what events are in Singapore'],
    ['manager needs to know what events are in Singapore next year', 'what events are in Singapore next year'],
    ['which events are in Singapore? director wants to know', 'which events are in Singapore?'],
    ["I'm planning our budget for 2025, which events are in Singapore?", 'which events are in Singapore?'],
    // a time alone after the speaker's request is the speaker's deadline, no window on the people asked
    ["I'm trying to build a list before Q4 - sales people in Singapore", 'sales people in Singapore'],
    [
      'as a founder of a retail startup I would like to know which events are in Singapore',
      'I would like to know which events are in Singapore',
    ],
    ['which events are in Singapore? thanks, maya', 'which events are in Singapore?'],
    // the speaker introducing themselves by a role, "I'm" left out: the role is the speaker's, no condition
    ['recruiter here - which events are in Singapore?', 'which events are in Singapore?'],
    ['travel agent here doing research for 2025. sales people in Singapore', 'sales people in Singapore'],
    ['economist covering banks here: which events are in Singapore?', 'which events are in Singapore?'],
    // an adverb between "and" and the new subject still starts a new clause
    [
      'i run a retail startup and basically i want to find events in Singapore',
      'and basically i want to find events in Singapore',
    ],
    [
      "im in bizdev and honestly i'm looking for events in Singapore",
      "and honestly i'm looking for events in Singapore",
    ],
    // "so" + the listener asked starts the ask
    [
      'i have a call with a bank in Germany next week so could you list events in Singapore',
      'so could you list events in Singapore',
    ],
    // someone of the speaker's circle, typed without "my" / "our", wanting the answer: when it is due is no window
    ['sales people in Singapore. boss needs it by monday haha', 'sales people in Singapore.'],
    ['which events are in Singapore? the team wants this for a meeting next week', 'which events are in Singapore?'],
    ['which events are in Singapore - management asked for them by tuesday', 'which events are in Singapore'],
    // the speaker's reason for asking, with or without a comma before it
    ['which events are in Singapore since thats where our team is', 'which events are in Singapore'],
    ['sales people in Singapore, because we sell to banks there', 'sales people in Singapore'],
    ['events in Singapore next year cuz my office is there', 'events in Singapore next year'],
    // a question pointing back at the ask before it, not at the context
    [
      'i work for a bank and we want to find the sponsors of events in Singapore, who are they',
      'and we want to find the sponsors of events in Singapore, who are they',
    ],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    // the speaker asking: "looking for" / "need" before data is the ask itself
    ["I'm looking for companies in Germany. which events are in Singapore?", 'germany'],
    ['we need sales people - which events are in Singapore?', 'sales'],
    // "since" with no present "be" after it opens a time, read as one (asked about, never dropped)
    ['which events are in Singapore since we launched', 'since'],
    // what someone wants named, not a pronoun for the answer: no remark
    ['which events are in Singapore? the team needs sales people', 'sales'],
    // a role asked for, not the speaker's: "here" after it is no introduction
    ['which recruiters are here in Singapore?', 'recruiters'],
    ['recruiters here in Singapore?', 'recruiters'],
    // the ask points back at the speaker's clause
    ['we are looking at companies in Germany. which of them sponsor events?', 'germany'],
  ])('%j keeps what the speaker asks for (%s)', (question, word) => {
    const r = read(question);
    expect(r.mentions.some((m) => m.endsWith(`:${word}`)) || r.ignored.includes(word)).toBe(true);
  });

  // an event the speaker names is what the ask is about when the ask names none: never dropped with the context
  it.each([
    ["I'm thinking of sponsoring {} - which companies are going?", true],
    ['we are exhibiting at {}, who else is sponsoring?', true],
    ['i work with the {} team, who are the sponsors?', true],
    ['my team went to {} last year. which events are in Singapore?', false],
  ])('%j keeps the named event: %s', (template, kept) => {
    const name = (demo.fixture().db.prepare('SELECT name FROM events ORDER BY id LIMIT 1').get() as { name: string })
      .name;
    const other = template.includes('which events') ? [] : read(template.replace('{}', name)).mentions;
    if (kept) expect(other.filter((m) => m.startsWith('event:'))).toHaveLength(1);
    // an ask naming events of its own ("which events") keeps the context out
    else expect(read(template.replace('{}', name)).mentions.some((m) => m.startsWith('event:'))).toBe(false);
  });

  // the topic of the speaker's work ("a deck ... on what we have for X in october") is what the ask is about: the
  // frame before it is no condition, the topic keeps every word (a time after the event says which edition)
  it.each([
    ['im putting together a deck for my boss on what we have for {} in October - which companies sponsor it?', true],
    ['working on a report for my team about {} - which companies sponsor it?', false],
    ["I'm preparing an email for a client regarding {}, which companies exhibit?", false],
    // "working on" / "working with" is no employment, and "an email" the speaker writes is no topic: "about" leads it
    ["I'm working on an email to a client about {} - which companies sponsor it?", false],
    ['working with a client on {}, which companies exhibit?', false],
  ])('%j keeps the topic, the frame reads as nothing', (template, dated) => {
    const name = (demo.fixture().db.prepare('SELECT name FROM events ORDER BY id LIMIT 1').get() as { name: string })
      .name;
    const a = read(template.replace('{}', name));
    expect(a.ignored).toEqual([]);
    expect(a.mentions.filter((m) => m.startsWith('event:'))).toHaveLength(1);
    expect(a.mentions.includes('cond:in october')).toBe(dated);
    expect(a.mentions.some((m) => /deck|report|email|boss|team|client|working/.test(m))).toBe(false);
  });

  // the speaker's clause typed without its subject, and what the answer is for (with its own time)
  it.each([
    [
      'putting together a report on events in Singapore - which ones are in October?',
      'events in Singapore, which ones are in October?',
    ],
    ['for a meeting next week, which events are in Singapore?', 'which events are in Singapore?'],
    // whom or what the work is for, after its topic or as the speaker's own group
    [
      "I'm preparing slides on events in Singapore for our team meeting; which ones are in October?",
      'events in Singapore; which ones are in October?',
    ],
    ['for our sales team, can you list the events in Singapore?', 'can you list the events in Singapore?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('a gerund naming data opens no frame', () => {
    expect(read('sponsoring companies in Singapore - which ones are in Germany?').mentions).toContain(
      'country:singapore',
    );
  });

  it('an unread word inside the topic is still asked about', () => {
    const scan = scanMentions(
      'im putting together a deck on vegan sponsors in Singapore - which of them are in Germany?',
      demo.index(),
      '2024-07-15',
    );
    expect([...scan.ignored, ...scan.unknownTopics].map((x) => x.toLowerCase())).toContain('vegan');
  });

  // an ask naming its own event is complete: the topic of the speaker's work is the frame too (the sponsors of the
  // event, not those of them in the topic's industry); an ask pointing back keeps the topic
  it("the topic of the speaker's work is no condition of an ask naming its own event", () => {
    const event = [...demo.index().events.values()].find((hit) => hit.quality === 3 && !hit.needsCaps);
    const name = event?.names[0] ?? '';
    expect(name).not.toBe('');
    const framed = read(`im doing research on the aviation industry - who sponsors ${name}?`).mentions;
    expect(framed.some((m) => m.startsWith('topic:') || m.startsWith('sector:'))).toBe(false);
    expect(framed.some((m) => m.startsWith('event:'))).toBe(true);
    const pointing = read('im putting together a deck on aviation events - which companies sponsor them?').mentions;
    expect(pointing.some((m) => m.startsWith('topic:'))).toBe(true);
  });

  // an ask with a subject of its own ("which events ...") and no pointer back is complete: a topic that is only a
  // domain (a theme, an industry) is the field of the speaker's work, no condition; "in that sector" points back
  it.each([
    [
      'im a student doing research on the aviation industry, which events are in Singapore?',
      'which events are in Singapore?',
    ],
    ["I'm writing a report on the aviation sector - list companies in Singapore", 'list companies in Singapore'],
    // a request word after a determiner is what the speaker makes, no ask ("a guest list for a CMO roundtable")
    [
      "I'm putting together a guest list for a CMO roundtable - which events are in Singapore?",
      'which events are in Singapore?',
    ],
    // the speaker's own activity as the subject ("my research is ...")
    ['my research is on aviation, which events are in Singapore?', 'which events are in Singapore?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it.each([
    'im doing research on the aviation industry - which companies in that sector sponsor events?',
    'im doing research on the aviation industry, which of those companies are in Singapore?',
  ])('%j keeps the topic the ask points at', (question) => {
    expect(read(question).mentions.some((m) => m.startsWith('topic:'))).toBe(true);
  });

  // the wish of someone of the speaker's ("and he wants to see ...") is frame when a later clause asks the listener
  it('a third person wish after the speaker clause is frame before an ask of the listener', () => {
    const event = [...demo.index().events.values()].find((hit) => hit.quality === 3 && !hit.needsCaps);
    const name = event?.names[0] ?? '';
    const scan = read(
      `I'm putting together a deck for my boss on ${name} and he wants to see the mix of companies there, so can you list the sponsors?`,
    );
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.filter((m) => m.startsWith('event:'))).toHaveLength(1);
    expect(scan.mentions.filter((m) => m.startsWith('entity:'))).toEqual(['entity:sponsors']);
  });

  it('a speaker clause alone is the question', () => {
    expect(read('we are a company in Germany').mentions.some((m) => m.endsWith(':germany'))).toBe(true);
  });
  // the people the speaker's work is for are the people asked for when the ask names no job function (or level) of
  // its own: "marketing" was released with the clause and every director answered
  it.each([
    ["we're hosting a lunch for hr managers, directors only, who's in Singapore?", 'function:hr'],
    ["I'm putting together a breakfast for sales leaders in Singapore, who've we got?", 'function:sales'],
  ])('%j keeps whom the work is for (%s)', (question, kept) => {
    if (kept) expect(read(question).mentions).toContain(kept);
  });

  it.each([
    // the speaker's own field is no "for" phrase: frame
    "I'm in marketing at a startup, who are the directors in Singapore?",
    // the ask asks for companies: whom the speaker's work is for says nothing of them
    "I'm putting together a dinner for hr folks, which companies are in Singapore?",
    // the ask names its own function
    "I'm putting together a dinner for hr folks, who are the sales directors in Singapore?",
  ])('%j releases the function of the speaker clause', (question) => {
    const functions = read(question).mentions.filter((m) => m.startsWith('function:'));
    expect(functions.filter((m) => m === 'function:hr' || m === 'function:marketing')).toEqual([]);
  });
});
