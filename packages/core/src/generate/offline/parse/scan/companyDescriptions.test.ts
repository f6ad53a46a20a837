import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, type Fixture } from '../../testkit';

const interpretationOf = (asked: ReturnType<Fixture['ask']>): string =>
  asked.kind === 'sql' ? (asked.interpretation ?? '') : '';

describe.skipIf(!hasRealData)('one company named by a description of it (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'companyDescriptions');

  it.each([
    // a demonym and an industry's word in another form ("shipbuilding" of Shipbuilding)
    ['who do we know at the Dutch shipbuilding company', 'Royal IHC'],
    // a head saying what the company does, met by a WordNet synonym's root ("maker": manufacturer, Manufacturing)
    ['emails for people at the Swedish car maker', 'Polestar'],
    ['who works for the Italian cable maker', 'Prysmian'],
    // a word of its name and a noun of companies as the head
    ['contacts at the Singapore tourism agency', 'Singapore Tourism Board'],
    // a word its overview says, after "by"
    ['events attended by the online dictionary company', 'Dictionary.com'],
    // a closed compound of its name ending in the word ("aerospace" for "space")
    ['people at the Japanese space agency', 'Japan Aerospace Exploration Agency'],
    // the singular of its industry ("airline" of Airlines and Aviation)
    ['list people at the Icelandic airline', 'Dohop'],
    ['staff at the Sri Lankan tea brand', 'Dilmah Tea'],
  ])('"%s" is %s, said to be taken for the description', (question, company) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(question);
    expect(a.kind, question).toBe('sql');
    expect(interpretationOf(a)).toContain(`named ${company} (the company taken for "`);
  });

  it.each([
    // a word only its overview says ("graphics cards", "earth observation", "intralogistics", "airport technology")
    ['people at the Taiwanese graphics card maker', 'MSI Computer Corp. (MSI USA)'],
    ['contacts at the Korean earth observation company', 'Satrec Initiative Co., Ltd.'],
    ['staff at the German intralogistics company', 'Jungheinrich AG'],
    ['who is at the Spanish airport technology company', 'Amadeus'],
    // a head saying only that it makes or offers what the words before it say ("provider", "builder", "maker")
    ['people at the Finnish cloud provider', 'Nordcloud, an IBM Company'],
    ['people at the Turkish airline software company', 'Hitit'],
    ['headcount of the korean satellite builder', 'Satrec Initiative Co., Ltd.'],
    // alternatives typed with a slash: one of them said is enough
    ['people at the Taiwanese monitor/laptop manufacturer', 'MSI Computer Corp. (MSI USA)'],
    // a clipping ("telco": telecommunications), a size and a broader word ("travel" of aviation's air travel)
    ['marketing people at the Singapore telco sponsoring ABS', 'StarHub'],
    ['which events is the big spanish travel company going to', 'Amadeus'],
  ])('"%s" is %s, said by its overview, name or a form of the word', (question, company) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(question);
    expect(a.kind, question).toBe('sql');
    expect(interpretationOf(a)).toContain(`named ${company} (the company taken for "`);
  });

  it('says which word only a company of the same web domain name says', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('contacts at the German forklift maker');
    expect(a.kind).toBe('sql');
    expect(interpretationOf(a)).toContain('named Jungheinrich AG (the company taken for "the German forklift maker"');
    expect(interpretationOf(a)).toContain('"forklift" said by a company of its web domain\'s name');
  });

  it('reads "at X" and "that\'s at X" after the head as taking part in X', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('contacts at the taiwanese laptop maker that is at the transport congress');
    expect(a.kind).toBe('sql');
    expect(interpretationOf(a)).toContain('named MSI Computer Corp. (MSI USA) (the company taken for');
  });

  it('asks back naming the whole description, never a word of it said earlier in the question', () => {
    const f = scanned.f;
    if (!f) return;
    for (const [q, part] of [
      ['what is the revenue of the Norwegian forklift maker', 'the Norwegian forklift maker'],
      ['the enormous dictionary company - people', 'the enormous dictionary company'],
      ['what is the headcount of the Icelandic satellite builder', 'the Icelandic satellite builder'],
    ] as const) {
      const a = f.ask(q);
      expect(a.kind, q).toBe('clarify');
      expect(a.kind === 'clarify' ? a.clarification.part : '', q).toBe(part);
    }
  });

  it('reads what the company does at a named event as part of the description', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('who do we know at the Dutch company sponsoring Submarine Networks World');
    expect(a.kind).toBe('sql');
    expect(interpretationOf(a)).toContain(
      'named Royal IHC (the company taken for "the Dutch company sponsoring Submarine Networks World")',
    );
  });

  it('names the verb of a clause the data does not say, when every other word is said', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('people at the Singapore agency that markets tourism');
    expect(a.kind).toBe('sql');
    expect(interpretationOf(a)).toMatch(
      /named Singapore Tourism Board \(the company taken for .*does not say "markets"/,
    );
  });

  it('asks back, naming the description, when no company fits it', () => {
    const f = scanned.f;
    if (!f) return;
    for (const q of ['people at the Swedish furniture brand', 'who do we know at the Norwegian crab brand']) {
      const a = f.ask(q);
      expect(a.kind, q).toBe('clarify');
      expect(a.kind === 'clarify' ? a.clarification.question : '').toMatch(/No company in the data fits/);
    }
  });

  it('asks back with the companies as options when several fit', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('events attended by the German software company');
    expect(a.kind).toBe('clarify');
    const c = a.kind === 'clarify' ? a.clarification : null;
    expect(c?.question).toMatch(/companies fit "the German software company"/);
    expect(c?.options.map((o) => o.label)).toContain('the company SAP');
  });

  it.each([
    // a plural head stays a condition on the companies
    'people at the Swedish car brands',
    'people at the Japanese space agencies',
    // a noun of companies with nothing said of it
    'people at the company',
    // a participant's noun, and words a reader of the speaker's own clauses released
    'contacts with the name Maria',
    // a copula before the phrase with no verb of taking part after it
    'what is the wifi password at ABS',
    // a noun of events after the phrase makes it a modifier of the event
    'when does the law enforcement conference start',
    'for the record, who works at the companies in Japan',
  ])('"%s" takes no company for a description', (question) => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask(question);
    expect(interpretationOf(a)).not.toMatch(/taken for/);
  });

  it('leaves a phrase after a verb to the readers it had ("targeting the Dutch market")', () => {
    const f = scanned.f;
    if (!f) return;
    const a = f.ask('companies targeting the Dutch market');
    expect(a.kind === 'clarify' ? a.clarification.question : '').not.toMatch(/companies fit|No company/);
  });
});
