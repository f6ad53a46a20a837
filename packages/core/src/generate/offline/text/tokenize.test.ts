import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const words = (text: string): string =>
  tokenize(text)
    .map((t) => t.norm)
    .join(' ');

describe('tokenize: how people type', () => {
  it.each([
    // contracted auxiliaries are their words, so the question word before them stays a question word
    ["who've we got at Acme", 'who have we got at acme'],
    ["what're the events", 'what are the events'],
    ["where'd they go", 'where would they go'],
    ["who'll be there", 'who will be there'],
    ["I'm looking", 'i am looking'],
    // a negative contraction typed without its apostrophe is the same negation as with it
    ["events that don't have sponsors", 'events that do not have sponsors'],
    ['events that dont have sponsors', 'events that do not have sponsors'],
    ['which ones isnt in SG', 'which ones is not in sg'],
    ['people who havent got emails', 'people who have not got emails'],
    ['Doesnt matter', 'does not matter'],
    ['i cant find it', 'i can not find it'],
    // the auxiliaries whose contraction changes their stem are that auxiliary
    ["which events won't have sponsors", 'which events will not have sponsors'],
    ['which events wont have sponsors', 'which events will not have sponsors'],
    ["Can't find it", 'can not find it'],
    // ... only a whole word made of an auxiliary and "nt": other words ending in "nt" stay words
    ['want the event at Mint Plaza', 'want the event at mint plaza'],
    // ... and typed without the apostrophe, after a pronoun or a question word
    ['ive got a question', 'i have got a question'],
    ['theres any events in japan', 'there is any events in japan'],
    ['thats great', 'that is great'],
    ['theyre sponsors', 'they are sponsors'],
    // ... never where the joined word is a word of its own ("were", "its", "well")
    ['events that were in sg and its sponsors as well', 'events that were in sg and its sponsors as well'],
    // ... but an abbreviation made a verb is one word
    ["firms HQ'd in Japan", 'firms hqd in japan'],
    // ... in lower case too when it has no vowel, which every word contracted with "would" has
    ["cos hq'd in germany", 'cos hqd in germany'],
    ["who'd they'd i'd", 'who would they would i would'],
    // a slash between words offers alternatives
    ['sponsors/exhibitors', 'sponsors or exhibitors'],
    ['construction / built environment events', 'construction or built environment events'],
    ['sales and/or marketing', 'sales or marketing'],
    // ... every slash of a longer list typed with spaces
    ['wine / sake / coffee fairs', 'wine or sake or coffee fairs'],
    // ... and typed without spaces
    ['jan/feb/mar 25', 'jan or feb or mar 25'],
    ['vp/svp/evp titles', 'vp or svp or evp titles'],
    ['hr/people/talent/recruiting leads', 'hr or people or talent or recruiting leads'],
    // ranges of numbers with a magnitude suffix are ranges
    ['1k-5k employees', '1k to 5k employees'],
    ['$1m-$5m revenue', '$ 1m to $ 5m revenue'],
    ['10-50 employees', '10 to 50 employees'],
    // a plus sign alone joins words as "and"; after a number it is "or more"
    ['have sponsors + how many each', 'have sponsors and how many each'],
    ['Zscaler + Cloudflare', 'zscaler and cloudflare'],
    // ... and typed against both words, as "&" is; a sign after a word's letters ("c++", "10+") is no join
    ['o+g events', 'o and g events'],
    ['sales+marketing people', 'sales and marketing people'],
    ['5000 + employees', '5000 or more employees'],
  ])('%s -> %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('leaves slashes in web addresses and dates alone', () => {
    expect(words('see https://acme.com/en on 7/15')).not.toContain(' or ');
    expect(words('see https://acme.com/en/events/asia')).not.toContain(' or ');
  });
});
