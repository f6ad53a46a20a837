import { describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { inWordNetAnyNumber, sameMeaning } from '../parse/shorthandOptions';
import { expandShorthand } from './expandShorthand';
import { inWordNet } from './language';

// The parser's own vocabulary, as the generator passes it: every word of every lexicon phrase.
const vocabulary = new Set([...LEXICON_PHRASES].flatMap((phrase) => phrase.split(' ')));
const dataWords = new Set(['hpe', 'gstc', 'paypal', 'sg']);
const read = (q: string) => expandShorthand(q, { vocabulary, isDataWord: (w) => dataWords.has(w) });

describe('expandShorthand', () => {
  it.each([
    ['evts in sg nxt 3 mo', 'events in sg next 3 month'],
    ['evts next qtr', 'events next quarter'],
    ['evts this wknd', 'events this weekend'],
    ['ppl at hpe', 'people at hpe'],
    ['mktg ppl @ paypal', 'marketing people at paypal'],
    ['how many shows b4 xmas', 'how many shows before christmas'],
    ['# sponsors gstc', 'number of sponsors gstc'],
    ['top 3 cos by rev', 'top 3 companies by revenue'],
    ['which comp has most employees', 'which company has most employees'],
    ['companies w/o a website', 'companies without a website'],
    ['ppl working at u of toronto', 'people working at university of toronto'],
    ['contacts at new york uni', 'contacts at new york university'],
    // object pronouns typed as spoken: a follow-up's reference, never an unknown word
    ['which of em are in sg', 'which of them are in sg'],
    ['any of dem sponsoring', 'any of them sponsoring'],
    // a letter typed twice
    ['how manny speakers', 'how many speakers'],
    ['exhibbitors at hpe', 'exhibitors at hpe'],
    ['email addys of ppl at hpe', 'email addresses of people at hpe'],
    ['evts lst month', 'events last month'],
    ['whats on 2day', 'what is on today'],
    ['any evts 2moro?', 'any events tomorrow?'],
    // comparison signs before a number
    ['cos with > 500 employees', 'companies with more than 500 employees'],
    ['cos with <50 staff', 'companies with less than 50 staff'],
    ['revenue >= $1m', 'revenue at least $1m'],
    // a shorthand form of "be" is the copula wherever it stands
    ['partners of hpe that r in sg', 'partners of hpe that are in sg'],
    ['ppl at hpe who r based in sg', 'people at hpe who are based in sg'],
    ['which hpe partners r banks', 'which hpe partners are banks'],
    ['iz hpe in sg', 'is hpe in sg'],
    ['events that could b online', 'events that could be online'],
    // ... and stands alone, in lower case: letters of a name or an abbreviation stay
    ['hpe r&d people', 'hpe r&d people'],
    ['hall b at hpe', 'hall b at hpe'],
    ['R Systems staff', 'R Systems staff'],
    // a number typed against its unit of time: the number and the unit; other letters after a number stay
    ['cos at o&g events next 12mo', 'companies at o&g events next 12 month'],
    ['events in the next 6wks', 'events in the next 6 weeks'],
    ['sponsors over the last 2yrs', 'sponsors over the last 2 years'],
    ['evts in the coming 9mos', 'events in the coming 9 months'],
    ['events within 30days', 'events within 30 days'],
    ['the 2nd event at 10am', 'the 2nd event at 10am'],
    ['cos with 10k staff', 'companies with 10k staff'],
    // chat shorthand of stance, cause and inclusion
    [
      'avg revenue of hpe partners, with revenue listed obv',
      'avg revenue of hpe partners, with revenue listed obviously',
    ],
    ['obvs only the sg ones', 'obviously only the sg ones'],
    ['cos at gstc incl the small ones', 'companies at gstc incl the small ones'],
    ['asking b/c my boss wants it', 'asking because my boss wants it'],
    ['need it coz my team goes', 'need it because my team goes'],
    // "n" opening a follow-up is its "and"; opening before a capital or alone it stays
    ['n how many of em r in sales?', 'and how many of them are in sales?'],
    ['n which ones r in sg', 'and which ones are in sg'],
    ['n what about hpe', 'and what about hpe'],
    ['N Holdings staff', 'N Holdings staff'],
  ])('reads %j as %j', (question, expected) => {
    expect(read(question).text).toBe(expected);
  });

  // the asker's present closing a question of people is no running of events ("sales ppl @ X rn" took a condition
  // on their events' running today)
  it.each(['sales people at hpe rn', 'who do we have at hpe atm'])('never reads %j as "right now"', (question) => {
    expect(read(question).text).not.toMatch(/right now|at the moment/);
  });

  it.each([
    ["events in feb '25", 'events in feb 2025'],
    ["sponsors in Q1 '26?", 'sponsors in Q1 2026?'],
    ["what's on in '24", "what's on in 2024"],
    ["events in sept '24, at suntec", 'events in sept 2024, at suntec'],
  ])('reads an apostrophe year: %j as %j', (question, expected) => {
    expect(read(question).text).toBe(expected);
  });

  it('reads an abbreviation of several long forms as the one the vocabulary reads', () => {
    // "assoc" is "association" or "associates"; only the relation noun is a word of the vocabulary
    expect(read('sg assoc companies').text).toBe('sg associates companies');
    // one long form only: that one, whatever the vocabulary holds
    expect(read('natl companies').text).toBe('national companies');
  });

  it("leaves a quote that is no year alone (\"rock 'n' roll\", 'Bob's 25')", () => {
    expect(read("rock 'n' roll events").text).toBe("rock 'n' roll events");
    expect(read("events in '2025'").text).toBe("events in '2025'");
  });

  it('expands a shorthand word the vocabulary knows only inside a longer phrase, unless that phrase is typed', () => {
    const withPhrases = (q: string) =>
      expandShorthand(q, { vocabulary, phrases: LEXICON_PHRASES, isDataWord: (w) => dataWords.has(w) }).text;
    expect(withPhrases('cos in the aviation biz')).toBe('companies in the aviation business');
    expect(withPhrases('biz dev ppl')).toBe('biz dev people');
  });

  it('reads "n" and "w" as joining words only between two lower-case words', () => {
    expect(read('sales n marketing ppl').text).toBe('sales and marketing people');
    expect(read('cos w more than 500 staff').text).toBe('companies with more than 500 staff');
    expect(read('John W Smith at hpe').text).toBe('John W Smith at hpe');
    expect(read('w sponsors').text).toBe('w sponsors');
    expect(read('speakers at Acme n Co').text).toBe('speakers at Acme n Co');
    // an acronym before it is no name: "VPs n directors"
    expect(read('VPs n directors at hpe').text).toBe('VPs and directors at hpe');
    // a year or a count before it is no name either
    expect(read('evts in h1 2025 w more than 50 cos').text).toBe('events in h1 2025 with more than 50 companies');
    expect(read('events in 2024 n 2025').text).toBe('events in 2024 and 2025');
    expect(read('events in sg, w more than 50 cos').text).toBe('events in sg, with more than 50 companies');
    expect(read('Smith, W Jones at hpe').text).toBe('Smith, W Jones at hpe');
    // a bracket (or a list's "etc.") may close the phrase before it
    expect(read('cos by role (sponsor, partner etc) w counts').text).toBe(
      'companies by role (sponsor, partner etc) with counts',
    );
    expect(read('events by country (asia/europe etc.) w totals').text).toBe(
      'events by country (asia/europe etc.) with totals',
    );
    expect(read('speakers (Acme) W Jones').text).toBe('speakers (Acme) W Jones');
  });

  it('reads "n" as "and" between two names of the data, unless the three words are one name', () => {
    expect(read('sales directors at HPE n PayPal').text).toBe('sales directors at HPE and PayPal');
    const acme = (w: string): boolean => ['acme', 'co', 'acme and co'].includes(w);
    expect(expandShorthand('speakers at Acme n Co', { vocabulary, isDataWord: acme }).text).toBe(
      'speakers at Acme n Co',
    );
  });

  it('reads a digit after a field asked for as the word it sounds like, elsewhere as a number', () => {
    expect(read('emails 4 bd ppl at hpe').text).toBe('emails for bd people at hpe');
    expect(read('give me 4 events').text).toBe('give me 4 events');
    expect(read('top 4 cos').text).toBe('top 4 companies');
    expect(read('email addresses for every1 at hpe').text).toBe('email addresses for everyone at hpe');
  });

  it('reads a "4" after a plural noun of the rows listed as "for", unless a noun it may count follows', () => {
    const rowNouns = new Set(['sponsors', 'people', 'speakers', 'events', 'companies', 'days', 'exhibitors']);
    const rows = (q: string) =>
      expandShorthand(q, { vocabulary, isDataWord: (w) => dataWords.has(w), isRowNoun: (w) => rowNouns.has(w) }).text;
    expect(rows('all the sponsors 4 gstc')).toBe('all the sponsors for gstc');
    expect(rows('speakers 4 the fintech expo')).toBe('speakers for the fintech expo');
    expect(rows('ppl 4 hpe')).toBe('people for hpe');
    expect(rows('exhibitors 4 next month')).toBe('exhibitors for next month');
    // a number before a noun it counts, or after a word that is no noun of rows, stays a number
    expect(rows('sponsors 4 events')).toBe('sponsors 4 events');
    expect(rows('events 4 days long')).toBe('events 4 days long');
    expect(rows('top 4 speakers')).toBe('top 4 speakers');
    expect(rows('the sponsor 4 gstc')).toBe('the sponsor 4 gstc');
  });

  it('reads "no." and "num" before "of" as "number"', () => {
    expect(read('no. of sponsors at gstc').text).toBe('number of sponsors at gstc');
    expect(read('num of events').text).toBe('number of events');
  });

  it('reads any abbreviation of "number" before "of" as "number" (its letters in order, from the first)', () => {
    for (const short of ['n', 'nr', 'nb', 'nbr', 'nmbr', 'numb'])
      for (const [question, expected] of [
        [`${short} of sponsors at gstc`, 'number of sponsors at gstc'],
        [`${short}. of sponsors at gstc`, 'number of sponsors at gstc'],
        [`whats the ${short} of speakers at gstc`, 'what is the number of speakers at gstc'],
        [`total ${short} of sponsors`, 'total number of sponsors'],
      ] as const)
        expect(read(question).text, question).toBe(expected);
    // a full stop typed against "of", Latin's numero and its plural, a capital opening the question
    expect(read('no.of sponsors at gstc').text).toBe('number of sponsors at gstc');
    expect(read('the nr.of sponsors').text).toBe('the number of sponsors');
    expect(read('nos. of sponsors at gstc').text).toBe('number of sponsors at gstc');
    expect(read('N of sponsors at gstc').text).toBe('number of sponsors at gstc');
    expect(read('Nr. of sponsors at gstc').text).toBe('number of sponsors at gstc');
    expect(read('tot no of sponsors').text).toBe('total number of sponsors');
    // no abbreviation of it: left as typed
    expect(read('the na of sponsors').text).toBe('the na of sponsors');
    // a capital letter is an initial, a data word a name
    expect(read('John N of hpe').text).toBe('John N of hpe');
  });

  it('keeps "n" as "and" where it joins two "of" phrases, and after a number', () => {
    expect(read('sponsors of gstc n of hpe').text).toBe('sponsors of gstc and of hpe');
    expect(read('the n of sponsors of gstc n of hpe').text).toBe('the number of sponsors of gstc and of hpe');
    expect(read('sales n marketing ppl').text).toBe('sales and marketing people');
    expect(read('events in 2024 n 2025').text).toBe('events in 2024 and 2025');
  });

  it('reads the British or American spelling the data uses, and clipped words of one meaning', () => {
    const spelt = new Set(['centre', 'defense']);
    const options = {
      vocabulary,
      isDataWord: (w: string) => dataWords.has(w),
      knownSpellings: [(w: string) => spelt.has(w)],
    };
    expect(expandShorthand('events at the convention center', options).text).toBe('events at the convention centre');
    expect(expandShorthand('defence companies', options).text).toBe('defense companies');
    const clipped = expandShorthand('spons at gstc', { ...options, sameMeaning });
    expect(clipped.text).toBe('sponsors at gstc');
    expect(clipped.expansions[0]?.rule).toBe('clipped');
  });

  it('never reads the other spelling as a word that carries nothing ("boeing" is not "being")', () => {
    // "oe" for "e" is a British spelling ("foetal"); a name read so as a filler word would vanish from the question
    const options = {
      vocabulary,
      knownSpellings: [(w: string) => w === 'being' || w === 'fetal'],
      isContentless: (w: string) => w === 'being',
    };
    expect(expandShorthand('people from boeing', options).text).toBe('people from boeing');
    expect(expandShorthand('foetal medicine events', options).text).toBe('fetal medicine events');
  });

  it('restores a dropped final g only when the full word is known', () => {
    expect(read('whos speakin at the expo').text).toBe('who is speaking at the expo');
    expect(read('the cabin fair').text).toBe('the cabin fair');
  });

  it('reads the letters of one known word in order as that word', () => {
    const { text, expansions } = read('spkrs at evnts');
    expect(text).toBe('speakers at events');
    expect(expansions.map((e) => e.rule)).toContain('skeleton');
  });

  it('leaves names, data words, domains, e-mail addresses and event hashtags alone', () => {
    expect(read('people at hpe.com').text).toBe('people at hpe.com');
    expect(read('mail jo@cos.com').text).toBe('mail jo@cos.com');
    expect(read('sponsors of #DMWF Asia').text).toBe('sponsors of #DMWF Asia');
    expect(read('contacts named Rev Smith').text).toBe('contacts named Rev Smith');
    expect(read('John R Smith').text).toBe('John R Smith');
    expect(read('gstc sponsors').text).toBe('gstc sponsors');
  });

  it('never reads an English word that keeps its vowels as a skeleton', () => {
    expect(read('events in the spring of 2025').text).toBe('events in the spring of 2025');
  });

  it('leaves a skeleton that fits two known words alone', () => {
    // "cts" fits both "contacts" and "companies"-like words only loosely; nothing is guessed below half a word.
    expect(read('the cts list').text).toBe('the cts list');
  });

  it('reports every rewrite', () => {
    expect(read('ppl @ hpe').expansions).toEqual([
      { from: '@', to: 'at', rule: 'abbreviation' },
      { from: 'ppl', to: 'people', rule: 'abbreviation' },
    ]);
  });
});

describe('skeletons beyond dropped vowels (real vocabulary)', () => {
  const options = { vocabulary: new Set([...LEXICON_PHRASES].flatMap((p) => p.split(' '))), isEnglish: inWordNet };
  const read = (q: string) => expandShorthand(q, options).text;

  it('reads two letters as a short word, a vowelled skeleton of a long word, and one word family', () => {
    expect(read('hw many exhbting cos')).toBe('how many exhibiting companies');
    expect(read('prtnrs of the expo')).toBe('partners of the expo');
    expect(read('does it hv spnsrs')).toBe('does it have sponsors');
  });

  it('reads three letters only as every consonant of one word, with its vowels dropped', () => {
    expect(read('sls ppl')).toBe('sales people'); // not "slots": that would drop the t as well
    expect(read('the bds list')).toBe('the bds list'); // not "brands"
    expect(read('sponsors from ent')).toBe('sponsors from ent'); // not "event"
  });

  it('reads a verb before its particle as the phrasal verb, no skeleton of a longer word', () => {
    expect(read('what their revenue adds up to')).toBe('what their revenue adds up to');
    expect(read('the adds list')).toBe('the address list');
  });

  it('reads two letters only as every consonant of a short word: "ad" is no "and"', () => {
    expect(read('the ad agencies')).toBe('the ad agencies');
    expect(read('hw many')).toBe('how many');
  });

  it('never guesses a word that carries nothing: the typed word stays, to be asked about', () => {
    const contentless = {
      ...options,
      isContentless: (w: string) => ['inside', 'with', 'how'].includes(w),
      phrases: LEXICON_PHRASES,
    };
    expect(expandShorthand('companies in insde', contentless).text).toBe('companies in insde');
    expect(expandShorthand('events wth speakers', contentless).text).toBe('events with speakers');
    expect(expandShorthand('hw many events', contentless).text).toBe('how many events');
  });

  it('reads a slip keeping every letter as a filler word too, and in the capitalised first word', () => {
    const slips = {
      ...options,
      isContentless: (w: string) => ['with', 'list', 'show'].includes(w),
      isEnglish: inWordNet,
      slipVocabulary: new Set([...vocabulary, 'list', 'show']),
    };
    // a key held down, or two letters swapped, in a filler word
    expect(expandShorthand('Lisst the companies in Japan', slips).text).toBe('list the companies in Japan');
    expect(expandShorthand('Listt the events', slips).text).toBe('list the events');
    expect(expandShorthand('showw me the vps', slips).text).toBe('show me the vps');
    expect(expandShorthand('companies associated wiith hpe', slips).text).toBe('companies associated with hpe');
    expect(expandShorthand('Lsit the events', slips).text).toBe('list the events');
    // ... unless the word is also another with a letter left out, the likelier slip: "evry" is "every" (read by the
    // scanner, which asks about it) before it is "very", a filler that would drop the quantifier silently
    const withEvery = { ...slips, slipVocabulary: new Set([...slips.slipVocabulary, 'very', 'every']) };
    expect(expandShorthand('sponsors at evry event', withEvery).text).not.toContain(' very ');
    expect(expandShorthand('Lsit the events', withEvery).text).toBe('list the events');
    // a capital after the first word is a name, and an English word is itself
    expect(expandShorthand('events with Lisst', slips).text).toBe('events with Lisst');
    expect(expandShorthand('Lists of events', slips).text).toBe('Lists of events');
  });

  it('reads two letters swapped in a three-letter filler word, and a doubled letter typed once in a long one', () => {
    const slips = {
      ...options,
      isEnglish: inWordNet,
      isDataWord: (w: string) => w === 'hte',
      slipVocabulary: new Set([...vocabulary, 'the', 'and', 'happening', 'currently', 'full']),
    };
    expect(expandShorthand('sponsors at teh show', slips).text).toBe('sponsors at the show');
    expect(expandShorthand('sponsors adn exhibitors', slips).text).toBe('sponsors and exhibitors');
    expect(expandShorthand('where is it hapening', slips).text).toBe('where is it happening');
    expect(expandShorthand('events curently running', slips).text).toBe('events currently running');
    // a name of the data, an English word, a short word missing a letter and a slip of two words are left as typed
    expect(expandShorthand('sponsors at hte show', slips).text).toBe('sponsors at hte show');
    expect(expandShorthand('tow events', { ...slips, slipVocabulary: new Set(['two']) }).text).toBe('tow events');
    expect(expandShorthand('a ful list', slips).text).toBe('a ful list');
    const twoWords = { ...slips, slipVocabulary: new Set(['the', 'eth']) };
    expect(expandShorthand('at teh show', twoWords).text).toBe('at teh show');
  });

  it('leaves a word of a name typed short after the word before it in that name to the name reader', () => {
    const options = { vocabulary, isEnglish: inWordNet, slipVocabulary: vocabulary };
    // "bdr" (a title) with two letters swapped, where no name goes on
    expect(expandShorthand('people at the harbour brd', options).text).toBe('people at the harbour bdr');
    // ... left to the name ("Harbour Board") where the word before it in the name was typed
    const names: Record<string, string[]> = { 'harbour brd': ['board'], 'harbour baord': ['board'] };
    const continuesName = (previous: string, word: string): string[] => names[`${previous} ${word}`] ?? [];
    expect(expandShorthand('people at the harbour brd', { ...options, continuesName }).text).toBe(
      'people at the harbour brd',
    );
    // ... unless the guess is the name's word itself
    const withBoard = { ...options, continuesName, vocabulary: new Set([...vocabulary, 'board']) };
    withBoard.slipVocabulary = withBoard.vocabulary;
    expect(expandShorthand('people at the harbour baord', withBoard).text).toBe('people at the harbour board');
  });

  it('takes a plural WordNet lists by its singular for the English word it is, never a skeleton of another', () => {
    const plurals = { vocabulary: new Set(['colleagues', 'events', 'volunteers']), isEnglish: inWordNetAnyNumber };
    expect(expandShorthand('any colleges there', plurals).text).toBe('any colleges there');
    expect(expandShorthand('any volunters there', plurals).text).toBe('any volunteers there');
  });

  it('leaves two word families, English words and short vowelled words alone', () => {
    expect(read('the 2nd half, the 3rd week')).toBe('the 2nd half, the 3rd week');
    expect(read('frm the us')).toBe('frm the us'); // "from" or "firm"
    expect(read('the cts list')).toBe('the cts list');
    expect(read('events in the spring')).toBe('events in the spring');
  });
});
