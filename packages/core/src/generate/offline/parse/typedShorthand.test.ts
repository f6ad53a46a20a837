import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';

/**
 * Chat shorthand, slips and inflections over the parser's own vocabularies read as the word meant: each typed
 * question must run the same SQL as its plain wording (demo data). The mechanisms: the shorthand lexicon ("co",
 * "guys", "smth"), a dropped final g ("anythin", "upcomin"), a plural written with z ("eventz"), a vocabulary
 * word in the plural ("seniorities", "SDRs"), the classifier's role acronyms ("SDR"),
 * informal theme nouns ("foodie") and open ranges ("2015 or later").
 */
describe('typed shorthand reads as the plain wording (demo data)', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => {
    const asked = demo.fixture().ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked.sql;
  };

  it.each([
    ['biggest co by employees', 'biggest company by employees'],
    ['which cos r sponsoring anything', 'which companies are sponsoring anything'],
    ['the sales guys in singapore', 'the sales people in singapore'],
    ['marketing folks in the uk', 'marketing people in the uk'],
    ['anythin on in october?', 'anything on in october?'],
    ['smth on in singapore next year', 'something on in singapore next year'],
    ['upcomin eventz', 'upcoming events'],
    ['eventz in japan', 'events in japan'],
    ['confz in march', 'conferences in march'],
    ['people by seniorities', 'people by seniority'],
    // a role acronym is the role's title, said in full or not
    ['list all SDRs in singapore', 'list all sales development representatives in singapore'],
    ['how many BDRs are there', 'how many business development representatives are there'],
    ['foodie events', 'food events'],
    ['hey guys, which events are in singapore', 'which events are in singapore'],
    ['companies founded 2015 or later', 'companies founded in 2015 or later'],
    ['events starting october or later', 'events starting from october'],
    ['events from 2025 onwards', 'events from 2025'],
    // the count noun written short before "of" ("n of", "nr. of"), never an unknown word to ask about
    ['n of sponsors in singapore', 'number of sponsors in singapore'],
    ['nr. of events in japan', 'number of events in japan'],
    ['whats the nb of speakers in the uk', 'what is the number of speakers in the uk'],
  ])('%j runs the SQL of %j', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it.each([
    ['companies founded 2015 or later', 'founded year >= 2015'],
    ['companies founded in 2010 or earlier', 'founded year <= 2010'],
    ['startups founded 2020 or after', 'founded year >= 2020'],
  ])('a year with one end left open: %j', (q, label) => {
    const asked = demo.fixture().ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toContain(label);
  });

  it('"X or earlier" of a period keeps its end', () => {
    const asked = demo.fixture().ask('events in november or earlier');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toContain('on or before 2024-11-30');
  });
});
