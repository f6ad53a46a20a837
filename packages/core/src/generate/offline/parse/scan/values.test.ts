import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';

describe('a country code typed in lower case', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  it.each([
    'contacts in germany at us companies',
    'how many us companies are there',
    'which us firms sponsor events',
    // terse keyword form: after a noun (a job, a theme) it cannot be an object pronoun
    'marketing directors us companies',
    'sales people us firms',
  ])('before a noun, after a preposition, a determiner or another noun, it is the country: %s', (q) => {
    const asked = f?.ask(q);
    expect(asked?.kind).toBe('sql');
    if (asked?.kind === 'sql') expect(asked.interpretation).toContain('United States (headquarters)');
  });

  it('after a verb it is the pronoun: "show us companies"', () => {
    const asked = f?.ask('show us companies sponsoring events');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind === 'sql') expect(asked.interpretation).not.toContain('United States');
  });
});

describe.skipIf(!hasRealData)(
  'a name both a company and an event hold, read by the grammar around it (real data)',
  () => {
    let f: Fixture | null = null;
    let index: ValueIndex | null = null;
    beforeAll(async () => {
      if (!hasRealData) return warnIfNoRealData('values: company or event');
      f = await realFixture();
      index = valueIndexOf(f);
    });
    afterAll(() => f?.close());

    /**
     * Words that are a company's whole name, typed in lower case, and a word of one event's name ("DMWF" and "#DMWF
     * Asia"), with both names.
     */
    const shared = (idx: ValueIndex): { word: string; company: string; event: string }[] =>
      [...idx.eventNameWords].flatMap(([word, ev]) => {
        const co = idx.companies.get(word);
        const [company] = co?.names ?? [];
        const [event] = ev.names;
        return co && company && event && co.quality === 3 && !co.needsCaps && new Set(ev.names).size === 1
          ? [{ word, company, event }]
          : [];
      });

    /** The interpretation of the question (it says which name was read). */
    const understood = (q: string): string => {
      const asked = f?.ask(q);
      return asked?.kind === 'sql' ? asked.interpretation : `not answered: ${asked?.kind}`;
    };

    it.each([
      // the object of a verb of taking part: every relation links a company to an event
      'ppl in mktg at cos going to %s',
      'who is sponsoring %s',
      'companies partnering with %s',
      // a relation noun with its preposition, or before the name
      'sponsors of %s',
      'exhibitors at %s',
      // ... with the article before the name
      'cos at the %s',
      '%s sponsors',
      // a plural noun of companies after the name: the companies of the event
      '%s cos',
    ])('"%s": the event', (template) => {
      if (!index) return;
      const pairs = shared(index);
      expect(pairs.length).toBeGreaterThan(0);
      for (const { word, event } of pairs)
        expect(understood(template.replace('%s', word))).toContain(`events named ${event}`);
    });

    it.each(['who works at %s', 'who works at the %s', 'how many employees does %s have', '%s revenue'])(
      '"%s": employment or what only companies have is the company',
      (template) => {
        if (!index) return;
        for (const { word, company } of shared(index))
          expect(understood(template.replace('%s', word))).toContain(`companies named ${company}`);
      },
    );

    it.each(['people at %s', 'when is %s', '%s contacts'])(
      '"%s": nothing asks for either, so both are offered',
      (template) => {
        if (!index) return;
        for (const { word, company, event } of shared(index)) {
          const asked = f?.ask(template.replace('%s', word));
          expect(asked?.kind).toBe('clarify');
          if (asked?.kind !== 'clarify') continue;
          const labels = asked.clarification.options.map((o) => o.label).join(' | ');
          expect(labels).toContain(company);
          expect(labels).toContain(event);
        }
      },
    );

    it('joined to another event\'s name, it is an event too ("cos in both <event> and dmwf")', () => {
      if (!index || !f) return;
      const [other] = [...f.oracle("SELECT name FROM events WHERE name NOT LIKE '%#%' ORDER BY name LIMIT 1")].map(
        String,
      );
      for (const { word, event } of shared(index)) {
        const said = understood(`cos in both ${other ?? ''} and ${word}`);
        expect(said).toContain(`events named ${other ?? ''}`);
        expect(said).toContain(`events named ${event}`);
      }
    });

    it.each([
      'whats the biggest co (employees) at %s',
      'the largest company by staff at %s',
      'top 3 cos by headcount at %s',
      'who is the smallest sponsor (employees) at %s',
      'the company with the most employees at %s',
    ])(
      '"%s": a head-count noun measuring the size ranked is no noun of people, so the companies are at the event',
      (template) => {
        if (!index) return;
        // every company name that is one event's word, typed in lower case (capitals asked for or not)
        const pairs = [...index.eventNameWords].flatMap(([word, ev]) => {
          const co = index?.companies.get(word);
          const [event] = ev.names;
          return co?.quality === 3 && event && new Set(ev.names).size === 1 ? [{ word, event }] : [];
        });
        expect(pairs.length).toBeGreaterThan(1);
        for (const { word, event } of pairs) {
          const said = understood(template.replace('%s', word));
          expect(said).toContain(`events named ${event}`);
          expect(said).not.toContain('companies named');
        }
      },
    );

    /** Every company name that is one event's word, typed in lower case (capitals asked for or not). */
    const companyEventWords = (idx: ValueIndex): { word: string; company: string; event: string }[] =>
      [...idx.eventNameWords].flatMap(([word, ev]) => {
        const co = idx.companies.get(word);
        const [company] = co?.names ?? [];
        const [event] = ev.names;
        return co?.quality === 3 && company && event && new Set(ev.names).size === 1 ? [{ word, company, event }] : [];
      });

    it.each(['list %s sponsors', 'average employees at %s sponsors', 'avg revenue of %s partners based in india'])(
      '"%s": a relation word taking no object after the name is the noun, so the name is the event it is of',
      (template) => {
        if (!index) return;
        const pairs = companyEventWords(index);
        expect(pairs.length).toBeGreaterThan(1);
        for (const { word, event } of pairs) {
          const said = understood(template.replace('%s', word));
          expect(said).toContain(`events named ${event}`);
          expect(said).not.toContain('companies named');
        }
      },
    );

    it("with an object after it the relation word is the verb, never the noun of the event's sponsors", () => {
      if (!index) return;
      // the company, or both offered where nothing else asks for either ("dmwf": `kindAsked`)
      for (const { word, event } of companyEventWords(index)) {
        expect(understood(`tell me whether ${word} sponsors any events`)).not.toContain(`events named ${event}`);
        // the object put first, as the head of a relative clause
        expect(understood(`list the events that ${word} sponsors`)).not.toContain(`events named ${event}`);
      }
    });

    it('the event chosen in reply answers with the event', () => {
      if (!index) return;
      for (const { word, event } of shared(index)) {
        const asked = f?.ask(`people at ${word}`, `the event ${event}`);
        expect(asked?.kind).toBe('sql');
        if (asked?.kind === 'sql') expect(asked.interpretation).toContain(`events named ${event}`);
      }
    });
  },
);
