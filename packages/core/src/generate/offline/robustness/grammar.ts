/**
 * The robustness corpus grammar: templates x values drawn from the database x paraphrase operators, each
 * question paired with the request it means (built with `expected.ts`). A template instance is kept only when
 * its answer discriminates: not empty, and different from the answer with any one of its conditions dropped,
 * so a parser that ignores part of the question cannot pass it by luck. Deterministic for a seed.
 */
import { CITIES, SUBDIVISIONS } from '@musaeid/db';
import type BetterSqlite3 from 'better-sqlite3';
import type { Cond, JobFunction, Relation, Request, Seniority } from '../ir/Request';
import { datePhrases, LATER_DATE_KINDS, type DateKind, type DatePhrase } from './datePhrasings';
import { fingerprint, runRequest, sameFingerprint } from './equivalence';
import * as x from './expected';
import {
  type Operator,
  surface,
  withCasing,
  withFiller,
  withGreeting,
  withSynonym,
  withTexting,
  withTypo,
} from './operators';
import { Random } from './random';
import {
  acronymOf,
  COUNTRY_NICKNAMES,
  looseNameOf,
  withChatShorthand,
  withIndefinite,
  withSpeakerContext,
} from './typedForms';
import { withRunOn, withRunTogether } from './typedRunOn';
import { withHeldKey, withTypedNoise } from './typedSlips';
import {
  COUNTRY_FORMS,
  FUNCTION_FORMS,
  OWNED_SENIORITY_FORMS,
  RELATION_FORMS,
  SENIORITY_FORMS,
  SENIORITY_RANGE_FORMS,
  TAG_FORMS,
  TITLE_NOUNS,
} from './vocabulary';

/** One meaning of a template with its phrasings (values marked «like this»). */
export interface Instance {
  template: string;
  /** The plain phrasings; the first is the canonical one. */
  plain: string[];
  terse: string;
  /** The same question with its parts in another order. */
  reordered: string;
  /** Plain phrasings naming a value another way (a demonym, a theme's synonym, a role's other name). */
  valueForms: string[];
  /** The plain phrasing with an event named by a shortened name (no ordinal or year). */
  partialName: string | null;
  /** The plain phrasing with a number written another way ("1k", "a thousand", "500+"). */
  numberForms: string[];
  dateKind: DateKind | null;
  expected: Request;
  /** Phrasings naming a value by an acronym, loosely or by a nickname (filled in by `corpusInstances`). */
  aliases?: [Operator, string][];
}

export interface CorpusCase {
  id: string;
  template: string;
  operator: Operator;
  dateKind: DateKind | null;
  question: string;
  expected: Request;
}

export interface CorpusOptions {
  asOf: string;
  seed: number;
  /** Instances kept per template (per template and date kind for the time templates). */
  perTemplate: number;
  perDateKind: number;
}

const m = (value: string | number): string => `«${value}»`;
/** A marked country name with the article English puts before some ("the «United Kingdom»"). */
const mCountry = (name: string): string =>
  /^(United |Netherlands$|Philippines$|Czech Republic$)/.test(name) ? `the ${m(name)}` : m(name);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface EventRow {
  id: number;
  name: string;
  start: string | null;
  tags: string[];
}
interface CompanyRow {
  id: number;
  name: string;
}

/** The values the templates draw from. */
interface Values {
  events: EventRow[];
  eventRelations: { event: EventRow; relation: Relation }[];
  companies: CompanyRow[];
  companyRelations: { company: CompanyRow; relation: Relation }[];
  tags: { id: string; label: string }[];
  industries: string[];
  companyCountries: string[];
  peopleCountries: string[];
  eventCountries: string[];
  functions: { company: CompanyRow; value: JobFunction }[];
  seniorities: { company: CompanyRow; value: Seniority }[];
  /** Companies with people whose job title holds a word of `TITLE_NOUNS` (at most three per word). */
  titleNouns: { company: CompanyRow; word: string }[];
  years: number[];
}

function readValues(db: BetterSqlite3.Database): Values {
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  const tagsOf = new Map<number, string[]>();
  for (const r of all<{ event_id: number; tag: string }>('SELECT event_id, tag FROM event_tags')) {
    tagsOf.set(r.event_id, [...(tagsOf.get(r.event_id) ?? []), r.tag]);
  }
  // names shared by two rows, or the first words of another name ("Acme", "Acme Pte Ltd"), are left out: they
  // are ambiguous (a clarification is as right as either answer)
  const events = all<{ id: number; name: string; start_date: string | null }>(
    `SELECT id, name, start_date FROM events e WHERE (SELECT COUNT(*) FROM events o WHERE lower(o.name) = lower(e.name) OR lower(o.name) LIKE lower(e.name) || ' %') = 1 ORDER BY id`,
  ).map((e) => ({ id: e.id, name: e.name, start: e.start_date, tags: tagsOf.get(e.id) ?? [] }));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const companies = all<CompanyRow>(
    `SELECT id, name FROM companies c WHERE (SELECT COUNT(*) FROM companies o WHERE lower(o.name) = lower(c.name) OR lower(o.name) LIKE lower(c.name) || ' %') = 1 ORDER BY id`,
  );
  const companyById = new Map(companies.map((c) => [c.id, c]));
  const eventRelations = all<{ event_id: number; relation: Relation }>(
    'SELECT DISTINCT event_id, relation FROM participations ORDER BY event_id, relation',
  ).flatMap((r) => {
    const event = eventById.get(r.event_id);
    return event ? [{ event, relation: r.relation }] : [];
  });
  const companyRelations = all<{ company_id: number; relation: Relation }>(
    'SELECT DISTINCT company_id, relation FROM participations ORDER BY company_id, relation',
  ).flatMap((r) => {
    const company = companyById.get(r.company_id);
    return company ? [{ company, relation: r.relation }] : [];
  });
  const peopleBy = <T extends string>(column: 'job_function' | 'seniority'): { company: CompanyRow; value: T }[] =>
    all<{ company_id: number; value: T }>(
      `SELECT DISTINCT company_id, ${column} AS value FROM people WHERE ${column} IS NOT NULL AND company_id IS NOT NULL ORDER BY 1, 2`,
    ).flatMap((r) => {
      const company = companyById.get(r.company_id);
      return company ? [{ company, value: r.value }] : [];
    });
  const distinct = (sql: string): string[] => db.prepare(sql).pluck().all() as string[];
  const titles = all<{ company_id: number; job_title: string }>(
    'SELECT company_id, job_title FROM people WHERE company_id IS NOT NULL AND job_title IS NOT NULL ORDER BY id',
  );
  const titleNouns = TITLE_NOUNS.flatMap((word) => {
    const ids = new Set<number>();
    for (const t of titles)
      if (
        ids.size < 3 &&
        t.job_title
          .toLowerCase()
          .split(/[^a-z]+/)
          .includes(word)
      )
        ids.add(t.company_id);
    return [...ids].flatMap((id) => {
      const company = companyById.get(id);
      return company ? [{ company, word }] : [];
    });
  });
  const years = distinct(
    `SELECT DISTINCT substr(start_date, 1, 4) FROM events WHERE start_date IS NOT NULL ORDER BY 1`,
  ).map(Number);
  return {
    events,
    eventRelations,
    companies,
    companyRelations,
    tags: all<{ id: string; label: string }>(
      'SELECT DISTINCT t.tag AS id, t.label FROM tags t JOIN event_tags et ON et.tag = t.tag ORDER BY 1',
    ),
    industries: distinct('SELECT DISTINCT industry FROM company_industries ORDER BY 1'),
    companyCountries: distinct('SELECT DISTINCT country FROM companies WHERE country IS NOT NULL ORDER BY 1'),
    peopleCountries: distinct('SELECT DISTINCT country FROM people WHERE country IS NOT NULL ORDER BY 1'),
    eventCountries: distinct('SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY 1'),
    functions: peopleBy<JobFunction>('job_function'),
    seniorities: peopleBy<Seniority>('seniority'),
    titleNouns,
    years,
  };
}

function instance(
  template: string,
  expected: Request,
  p: Partial<Omit<Instance, 'template' | 'expected'>> & { plain: string[] },
): Instance {
  return {
    template,
    plain: p.plain,
    terse: p.terse ?? p.plain[0] ?? '',
    reordered: p.reordered ?? p.plain[0] ?? '',
    valueForms: p.valueForms ?? [],
    partialName: p.partialName ?? null,
    numberForms: p.numberForms ?? [],
    dateKind: p.dateKind ?? null,
    expected,
  };
}

/** An event's name without a leading ordinal or trailing year, when that is still unique. */
function shortNames(events: readonly EventRow[]): Map<number, string> {
  const short = (name: string): string =>
    name
      .replace(/^\d+(st|nd|rd|th)\s+/i, '')
      .replace(/\s+20\d\d$/, '')
      .trim();
  const counts = new Map<string, number>();
  for (const e of events) counts.set(short(e.name).toLowerCase(), (counts.get(short(e.name).toLowerCase()) ?? 0) + 1);
  const out = new Map<number, string>();
  for (const e of events) {
    const s = short(e.name);
    if (s !== e.name && counts.get(s.toLowerCase()) === 1) out.set(e.id, s);
  }
  return out;
}

const inWindow = (d: DatePhrase, start: string | null): boolean =>
  start !== null && (d.from === null || start >= d.from) && (d.to === null || start <= d.to);

const tagForms = (id: string, label: string): readonly string[] => TAG_FORMS[id] ?? [label];

/** Number spellings people use for a round number. */
function numberForms(n: number): string[] {
  const words: Record<number, string> = {
    10: 'ten',
    50: 'fifty',
    100: 'a hundred',
    200: 'two hundred',
    500: 'five hundred',
    1000: 'a thousand',
    5000: 'five thousand',
    10000: 'ten thousand',
  };
  const out = [n.toLocaleString('en-US')];
  if (n >= 1000) out.push(`${n / 1000}k`);
  const word = words[n];
  if (word) out.push(word);
  return out.filter((f) => f !== String(n));
}

function allInstances(v: Values, asOf: string): Instance[] {
  const out: Instance[] = [];
  const short = shortNames(v.events);
  const dates = datePhrases(asOf, v.years);
  const withShort = (e: EventRow, phrasing: (name: string) => string): string | null => {
    const s = short.get(e.id);
    return s ? phrasing(m(s)) : null;
  };

  // events by theme
  for (const t of v.tags) {
    const [plain, ...others] = tagForms(t.id, t.label);
    const p = m(plain ?? t.label);
    out.push(
      instance('events-theme', x.list(x.node('events', x.tag(t.id, t.label))), {
        plain: [`Which ${p} events are there?`, `List the ${p} events`],
        terse: `${p} events`,
        reordered: `events about ${p}`,
        valueForms: others.map((o) => `Which ${m(o)} events are there?`),
      }),
    );
  }

  // events, counts of events, themed events, sponsors of events: by date phrasing
  for (const d of dates) {
    const w = m(d.phrase);
    if (v.events.some((e) => inWindow(d, e.start))) {
      const when = x.startBetween(d.from, d.to);
      out.push(
        instance('events-date', x.list(x.node('events', when)), {
          plain: [`Which events are taking place ${w}?`, `List the events ${w}`],
          terse: `events ${w}`,
          reordered: `${capitalize(w)}, which events are taking place?`,
          dateKind: d.kind,
        }),
        instance('count-events-date', x.count(x.node('events', when)), {
          plain: [`How many events are there ${w}?`],
          terse: `number of events ${w}`,
          reordered: `${capitalize(w)}, how many events are there?`,
          dateKind: d.kind,
        }),
      );
    }
    for (const t of v.tags) {
      if (!v.events.some((e) => e.tags.includes(t.id) && inWindow(d, e.start))) continue;
      const p = m(tagForms(t.id, t.label)[0] ?? t.label);
      out.push(
        instance('theme-events-date', x.list(x.node('events', x.tag(t.id, t.label), x.startBetween(d.from, d.to))), {
          plain: [`Which ${p} events are taking place ${w}?`],
          terse: `${p} events ${w}`,
          reordered: `${capitalize(w)}, which ${p} events are taking place?`,
          valueForms: tagForms(t.id, t.label)
            .slice(1)
            .map((o) => `Which ${m(o)} events are taking place ${w}?`),
          dateKind: d.kind,
        }),
      );
    }
  }

  // events by country
  for (const c of v.eventCountries) {
    const forms = COUNTRY_FORMS[c];
    out.push(
      instance('events-country', x.list(x.node('events', x.country(c))), {
        plain: [`Which events are taking place in ${mCountry(c)}?`, `List the events in ${mCountry(c)}`],
        terse: `events ${m(c)}`,
        reordered: `In ${mCountry(c)}, which events are taking place?`,
        valueForms: (forms?.names ?? []).map((n) => `Which events are taking place in ${m(n)}?`),
      }),
    );
  }

  // companies by their relation to an event, and counts of them
  for (const { event, relation } of v.eventRelations) {
    const r = RELATION_FORMS[relation];
    const e = m(event.name);
    const target = x.node('companies', x.linkTo(x.node('events', x.eventIs(event.id, event.name)), [relation]));
    out.push(
      instance('companies-relation-event', x.list(target), {
        plain: [`List the ${r.plural} of ${e}`, `Which companies are ${r.ing} ${e}?`],
        terse: `${e} ${r.plural}`,
        reordered: `For ${e}, list the ${r.plural}`,
        partialName: withShort(event, (s) => `List the ${r.plural} of ${s}`),
      }),
      instance('count-relation-event', x.count(target), {
        plain: [`How many ${r.plural} does ${e} have?`],
        terse: `number of ${r.plural} ${e}`,
        reordered: `For ${e}, how many ${r.plural} are there?`,
        partialName: withShort(event, (s) => `How many ${r.plural} does ${s} have?`),
      }),
    );
  }
  for (const event of v.events) {
    const e = m(event.name);
    out.push(
      instance(
        'companies-attending-event',
        x.list(x.node('companies', x.linkTo(x.node('events', x.eventIs(event.id, event.name))))),
        {
          plain: [`Which companies are attending ${e}?`],
          terse: `companies ${e}`,
          reordered: `At ${e}, which companies are attending?`,
          partialName: withShort(event, (s) => `Which companies are attending ${s}?`),
        },
      ),
    );
  }

  // events of a company
  for (const { company, relation } of v.companyRelations) {
    const c = m(company.name);
    const byCompany = x.node('companies', x.companyIs(company.id, company.name));
    if (relation === 'sponsor') {
      out.push(
        instance('events-sponsored-by-company', x.list(x.node('events', x.linkTo(byCompany, ['sponsor']))), {
          plain: [`Which events does ${c} sponsor?`, `List the events sponsored by ${c}`],
          terse: `events sponsored by ${c}`,
          reordered: `${c} sponsors which events?`,
        }),
      );
    }
  }
  for (const company of new Map(v.companyRelations.map((r) => [r.company.id, r.company])).values()) {
    const c = m(company.name);
    out.push(
      instance(
        'events-of-company',
        x.list(x.node('events', x.linkTo(x.node('companies', x.companyIs(company.id, company.name))))),
        {
          plain: [`Which events is ${c} attending?`, `List the events ${c} is taking part in`],
          terse: `${c} events`,
          reordered: `${c} is attending which events?`,
        },
      ),
    );
  }

  // companies by country, industry, size, age
  for (const country of v.companyCountries) {
    const forms = COUNTRY_FORMS[country];
    const c = mCountry(country);
    out.push(
      instance('companies-country', x.list(x.node('companies', x.country(country))), {
        plain: [`Which companies are based in ${c}?`, `List the companies in ${c}`],
        terse: `companies ${m(country)}`,
        reordered: `In ${c}, which companies are there?`,
        valueForms: [
          ...(forms ? [`List the ${m(forms.demonym)} companies`] : []),
          ...(forms?.names ?? []).map((n) => `Which companies are based in ${m(n)}?`),
        ],
      }),
    );
  }
  for (const industry of v.industries) {
    const i = m(industry);
    out.push(
      instance('companies-industry', x.list(x.node('companies', x.industry(industry))), {
        plain: [`Which companies are in the ${i} industry?`, `List the ${i} companies`],
        terse: `${i} companies`,
        reordered: `In the ${i} industry, which companies are there?`,
      }),
    );
  }
  for (const n of [10, 50, 100, 200, 500, 1000, 5000, 10000]) {
    for (const [op, words] of [
      ['>', 'more than'],
      ['<', 'fewer than'],
    ] as const) {
      out.push(
        instance('companies-size', x.list(x.node('companies', x.compare('employees', op, n))), {
          plain: [`Which companies have ${words} ${m(n)} employees?`],
          terse: `companies ${words} ${m(n)} employees`,
          reordered: `With ${words} ${m(n)} employees, which companies are there?`,
          numberForms: numberForms(n).map((f) => `Which companies have ${words} ${m(f)} employees?`),
        }),
      );
    }
  }
  for (let year = 1990; year <= 2020; year += 2) {
    for (const [op, words] of [
      ['>', 'after'],
      ['<', 'before'],
    ] as const) {
      out.push(
        instance('companies-founded', x.list(x.node('companies', x.compare('founded_year', op, year))), {
          plain: [`Which companies were founded ${words} ${m(year)}?`],
          terse: `companies founded ${words} ${m(year)}`,
          reordered: `Founded ${words} ${m(year)}, which companies are there?`,
        }),
      );
    }
  }

  // people by job function / seniority at a company, in a country; counts of contacts
  const atCompany = (company: CompanyRow): Cond => x.linkTo(x.node('companies', x.companyIs(company.id, company.name)));
  for (const { company, value } of v.functions) {
    const forms = FUNCTION_FORMS[value];
    if (!forms) continue;
    const [plain, ...others] = forms;
    const p = m(plain ?? value);
    const c = m(company.name);
    out.push(
      instance('people-function-company', x.list(x.node('people', x.jobFunction(value), atCompany(company))), {
        plain: [`Who are the ${p} at ${c}?`, `List the ${p} at ${c}`],
        terse: `${c} ${p}`,
        reordered: `At ${c}, who are the ${p}?`,
        valueForms: others.map((o) => `List the ${m(o)} at ${c}`),
      }),
    );
  }
  for (const { company, value } of v.seniorities) {
    const forms = SENIORITY_FORMS[value];
    if (!forms) continue;
    const [plain, ...others] = forms;
    const p = m(plain ?? value);
    const c = m(company.name);
    out.push(
      instance('people-seniority-company', x.list(x.node('people', x.seniority(value), atCompany(company))), {
        plain: [`Who are the ${p} at ${c}?`, `List the ${p} at ${c}`],
        terse: `${c} ${p}`,
        reordered: `At ${c}, who are the ${p}?`,
        valueForms: others.map((o) => `List the ${m(o)} at ${c}`),
      }),
    );
  }
  // people by a title word that names no function nor seniority: "the editors at X"
  for (const { company, word } of v.titleNouns) {
    const t = m(`${word}s`);
    const c = m(company.name);
    const title: Cond = { kind: 'title', label: word, patterns: [word], exclude: [], negate: false };
    out.push(
      instance('people-title-word-company', x.list(x.node('people', title, atCompany(company))), {
        plain: [`Who are the ${t} at ${c}?`, `List the ${t} at ${c}`],
        terse: `${c} ${t}`,
        reordered: `At ${c}, who are the ${t}?`,
      }),
    );
  }
  // seniority ranges at a company: "VP and above", "director or higher", "at least manager"
  for (const { company, value } of v.seniorities) {
    const range = SENIORITY_RANGE_FORMS[value];
    if (!range) continue;
    const l = m(range.name);
    const c = m(company.name);
    out.push(
      instance(
        'people-seniority-range-company',
        x.list(x.node('people', x.seniority(...range.atOrAbove), atCompany(company))),
        {
          plain: [`Who at ${c} is ${l} level or above?`, `List the people at ${c} who are ${l} and above`],
          terse: `${c} ${l}+`,
          reordered: `At ${c}, who is ${l} or higher?`,
          valueForms: [`people at ${c} who are at least ${l}`],
        },
      ),
    );
  }
  for (const country of v.peopleCountries) {
    for (const [value, forms] of Object.entries(FUNCTION_FORMS) as [JobFunction, readonly string[]][]) {
      const [plain, ...others] = forms;
      const p = m(plain ?? value);
      const c = mCountry(country);
      out.push(
        instance('people-function-country', x.list(x.node('people', x.jobFunction(value), x.country(country))), {
          plain: [`List the ${p} based in ${c}`, `Which ${p} are based in ${c}?`],
          terse: `${p} ${m(country)}`,
          reordered: `In ${c}, list the ${p}`,
          valueForms: [
            ...others.map((o) => `List the ${m(o)} based in ${c}`),
            ...(COUNTRY_FORMS[country]?.names ?? []).map((n) => `List the ${p} based in ${m(n)}`),
          ],
        }),
      );
    }
  }
  for (const company of v.companies) {
    const c = m(company.name);
    out.push(
      instance('count-people-company', x.count(x.node('people', atCompany(company))), {
        // "how many employees work at X" (a synonym of "people") asks the stated size: the rows are said as ours
        plain: [`How many contacts do we have at ${c}?`, `How many of our people work at ${c}?`],
        terse: `number of contacts ${c}`,
        reordered: `At ${c}, how many contacts do we have?`,
      }),
    );
  }

  // a named company's employees are its stated size (the size band shown), not its rows in the people table
  for (const company of v.companies) {
    const c = m(company.name);
    out.push(
      instance('company-stated-size', x.list(x.node('companies', x.companyIs(company.id, company.name))), {
        plain: [`How many employees does ${c} have?`, `What is the headcount of ${c}?`],
        terse: `${c} headcount`,
        reordered: `For ${c}, how many employees are there?`,
        valueForms: [
          `How many staff does ${c} have?`,
          `How many people does ${c} employ?`,
          `What's the workforce of ${c}?`,
          `number of staff at ${c}`,
        ],
      }),
    );
  }
  // a company named before (or in the possessive of) a rank: the people of that rank there
  for (const { company, value } of v.seniorities) {
    const forms = OWNED_SENIORITY_FORMS[value];
    if (!forms) continue;
    const [plain, ...others] = forms;
    const p = m(plain ?? value);
    const c = m(company.name);
    out.push(
      instance('people-seniority-owner', x.list(x.node('people', x.seniority(value), atCompany(company))), {
        plain: [`${c}'s ${p}`, `show me ${c}'s ${p}`],
        terse: `${c} ${p}`,
        reordered: `the ${p} of ${c}`,
        valueForms: others.map((o) => `${c}'s ${m(o)}`),
      }),
    );
  }
  // revenue said as sales, turnover or income, with a money modifier
  for (const [n, money] of [
    [1_000_000, '$1 million'],
    [10_000_000, '$10 million'],
    [100_000_000, '$100 million'],
    [1_000_000_000, '$1 billion'],
  ] as const) {
    for (const [op, words] of [
      ['>', 'over'],
      ['<', 'under'],
    ] as const) {
      out.push(
        instance('companies-revenue-words', x.list(x.node('companies', x.compare('revenue_usd', op, n))), {
          plain: [`Which companies have annual sales ${words} ${m(money)}?`],
          terse: `companies annual sales ${words} ${m(money)}`,
          reordered: `With yearly revenue ${words} ${m(money)}, which companies are there?`,
          valueForms: [
            `Which companies have a turnover ${words} ${m(money)}?`,
            `companies with gross sales ${words} ${m(money)}`,
            `firms whose yearly revenue is ${words} ${m(money)}`,
          ],
        }),
      );
    }
  }

  // counts of companies by country; industry and country together; where a person is based versus where their
  // company is headquartered; a union of job functions
  for (const country of v.companyCountries) {
    const c = mCountry(country);
    out.push(
      instance('count-companies-country', x.count(x.node('companies', x.country(country))), {
        plain: [`How many companies are based in ${c}?`],
        terse: `number of companies ${m(country)}`,
        reordered: `In ${c}, how many companies are there?`,
        valueForms: (COUNTRY_FORMS[country]?.names ?? []).map((n) => `How many companies are based in ${m(n)}?`),
      }),
      instance(
        'people-at-companies-hq-country',
        x.list(x.node('people', x.linkTo(x.node('companies', x.country(country))))),
        {
          plain: [`List the people working at companies headquartered in ${c}`],
          terse: `people at companies headquartered in ${c}`,
          reordered: `For companies headquartered in ${c}, list the people working there`,
        },
      ),
    );
    for (const industry of v.industries) {
      const i = m(industry);
      out.push(
        instance('companies-industry-country', x.list(x.node('companies', x.industry(industry), x.country(country))), {
          plain: [`Which ${i} companies are based in ${c}?`, `List the ${i} companies in ${c}`],
          terse: `${i} companies ${m(country)}`,
          reordered: `In ${c}, which ${i} companies are there?`,
          valueForms: COUNTRY_FORMS[country] ? [`List the ${m(COUNTRY_FORMS[country].demonym)} ${i} companies`] : [],
        }),
      );
    }
  }
  const functionsByCompany = new Map<number, { company: CompanyRow; values: JobFunction[] }>();
  for (const { company, value } of v.functions) {
    const e = functionsByCompany.get(company.id) ?? { company, values: [] };
    e.values.push(value);
    functionsByCompany.set(company.id, e);
  }
  for (const { company, values } of functionsByCompany.values()) {
    const named = values.filter((f) => FUNCTION_FORMS[f]);
    // every pair of the company's functions: the sampling picks among them
    for (const [a, f1] of named.entries())
      for (const f2 of named.slice(a + 1)) {
        const word = (f: JobFunction): string => (FUNCTION_FORMS[f]?.[0] ?? f).replace(/ people$/, '');
        const both = m(`${word(f1)} and ${word(f2)}`);
        const c = m(company.name);
        out.push(
          instance(
            'people-functions-union-company',
            x.list(x.node('people', x.jobFunction(f1, f2), atCompany(company))),
            {
              plain: [`List the ${both} people at ${c}`, `Who are the ${both} people at ${c}?`],
              terse: `${c} ${both} people`,
              reordered: `At ${c}, list the ${both} people`,
            },
          ),
        );
      }
  }

  // two hops: people of the sponsors of an event; sponsors of themed events
  for (const { event, relation } of v.eventRelations) {
    if (relation !== 'sponsor') continue;
    const e = m(event.name);
    const sponsors = x.node('companies', x.linkTo(x.node('events', x.eventIs(event.id, event.name)), ['sponsor']));
    for (const [value, forms] of Object.entries(FUNCTION_FORMS) as [JobFunction, readonly string[]][]) {
      const p = m(forms[0] ?? value);
      out.push(
        instance('people-function-event-sponsors', x.list(x.node('people', x.jobFunction(value), x.linkTo(sponsors))), {
          plain: [`List the ${p} at companies sponsoring ${e}`],
          terse: `${p} ${e} sponsors`,
          reordered: `For the sponsors of ${e}, list the ${p}`,
          partialName: withShort(event, (s) => `List the ${p} at companies sponsoring ${s}`),
        }),
        instance(
          'people-function-sponsors-possessive',
          x.list(x.node('people', x.jobFunction(value), x.linkTo(sponsors))),
          {
            plain: [`${e} sponsors' ${p}`, `the ${e} sponsors' ${p}`],
            terse: `${e} sponsors ${p}`,
            reordered: `the ${p} of the ${e} sponsors`,
            partialName: withShort(event, (s) => `${s} sponsors' ${p}`),
          },
        ),
      );
    }
  }
  for (const t of v.tags) {
    const [plain, ...others] = tagForms(t.id, t.label);
    const p = m(plain ?? t.label);
    out.push(
      instance(
        'sponsors-theme-events',
        x.list(x.node('companies', x.linkTo(x.node('events', x.tag(t.id, t.label)), ['sponsor']))),
        {
          plain: [`Which companies are sponsoring ${p} events?`],
          terse: `sponsors ${p} events`,
          reordered: `${capitalize(p)} events: which companies are sponsoring them?`,
          valueForms: others.map((o) => `Which companies are sponsoring ${m(o)} events?`),
        },
      ),
    );
  }
  return out;
}

/**
 * Templates added with the typed-as-users-type round (issue 12), over the semantics the parser learned then: set
 * difference ("at A but not at B"), one winner of a count ("the most sponsors", "the fewest" among those with
 * any), seniority ranges ("director or above", in the order of `@musaeid/db`'s SENIORITIES, highest first) and
 * where a person is based versus where the company is headquartered.
 */
function laterInstances(db: BetterSqlite3.Database, v: Values): Instance[] {
  const out: Instance[] = [];
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  const eventById = new Map(v.events.map((e) => [e.id, e]));
  const companyById = new Map(v.companies.map((c) => [c.id, c]));
  const eventNode = (e: EventRow): Request['target'] => x.node('events', x.eventIs(e.id, e.name));
  // set difference: companies at one event and not at another that shares some of them
  const pairs = all<{ a: number; b: number }>(
    `SELECT p.event_id AS a, q.event_id AS b FROM participations p JOIN participations q
       ON q.company_id = p.company_id AND q.event_id <> p.event_id GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  for (const { a, b } of pairs) {
    const ea = eventById.get(a);
    const eb = eventById.get(b);
    if (!ea || !eb) continue;
    const [ma, mb] = [m(ea.name), m(eb.name)];
    const not: Cond = { kind: 'link', relations: [], negate: true, node: eventNode(eb) };
    out.push(
      instance('companies-event-not-event', x.list(x.node('companies', x.linkTo(eventNode(ea)), not)), {
        plain: [`Which companies are at ${ma} but not at ${mb}?`, `List the companies attending ${ma} and not ${mb}`],
        terse: `companies at ${ma} not ${mb}`,
        reordered: `Leaving out those at ${mb}, which companies are at ${ma}?`,
      }),
    );
  }
  // one winner of a count of companies by relation
  for (const relation of ['sponsor', 'exhibitor', 'speaker', 'partner'] as const) {
    const r = RELATION_FORMS[relation];
    const shape = (order: 'asc' | 'desc'): Request['shape'] => ({
      kind: 'rankByCount',
      node: x.node('companies'),
      relations: [relation],
      order,
      limit: 1,
      label: r.plural,
    });
    out.push(
      instance(
        'event-most-relation',
        { ...x.list(x.node('events')), shape: shape('desc') },
        {
          plain: [`Which event has the most ${r.plural}?`, `What event has the highest number of ${r.plural}?`],
          terse: `event most ${r.plural}`,
          reordered: `Most ${r.plural}: which event?`,
        },
      ),
      instance(
        'event-fewest-relation',
        { ...x.list(x.node('events', x.linkTo(x.node('companies'), [relation]))), shape: shape('asc') },
        {
          plain: [`Of the events with ${r.plural}, which has the fewest ${r.plural}?`],
          terse: `event with ${r.plural} fewest ${r.plural}`,
          reordered: `Which event has the fewest ${r.plural}, among those with any ${r.plural}?`,
        },
      ),
    );
  }
  // seniority ranges at a company: the level and every level above it
  const ranges: [string, Seniority[]][] = [
    ['director or above', ['c_level', 'vp', 'director']],
    ['VP and above', ['c_level', 'vp']],
    ['director-level and up', ['c_level', 'vp', 'director']],
    ['manager or higher', ['c_level', 'vp', 'director', 'head', 'manager']],
  ];
  const levels = new Map<number, Set<Seniority>>();
  for (const { company, value } of v.seniorities)
    levels.set(company.id, (levels.get(company.id) ?? new Set()).add(value));
  for (const [id, has] of levels) {
    const company = companyById.get(id);
    if (!company || has.size < 3) continue;
    for (const [words, values] of ranges) {
      const c = m(company.name);
      const rank: Cond = { kind: 'seniority', values, negate: false };
      out.push(
        instance(
          'people-seniority-range',
          x.list(x.node('people', rank, x.linkTo(x.node('companies', x.companyIs(id, company.name))))),
          {
            plain: [`List the people at ${c} who are ${words}`, `Who at ${c} is ${words}?`],
            terse: `${c} people ${words}`,
            reordered: `People ${words}, at ${c}`,
          },
        ),
      );
    }
  }
  // where a person is based and where the company is headquartered, both said
  const places = all<{ person: string; company: string }>(
    `SELECT p.country AS person, c.country AS company FROM people p JOIN companies c ON c.id = p.company_id
       WHERE p.country IS NOT NULL AND c.country IS NOT NULL AND p.country <> c.country
       GROUP BY 1, 2 HAVING COUNT(*) >= 2 ORDER BY 1, 2`,
  );
  for (const { person, company } of places) {
    const [pm, cm] = [mCountry(person), mCountry(company)];
    const expected = x.list(x.node('people', x.country(person), x.linkTo(x.node('companies', x.country(company)))));
    out.push(
      instance('people-place-company-place', expected, {
        plain: [
          `List the people based in ${pm} who work at companies headquartered in ${cm}`,
          `Which contacts in ${pm} work for companies based in ${cm}?`,
        ],
        terse: `people in ${pm} at companies in ${cm}`,
        reordered: `At companies headquartered in ${cm}, which people are based in ${pm}?`,
      }),
    );
  }
  // a city by another of its names (former, foreign: "Bombay", "München"): every spelling the data holds is the city
  const peopleCities = new Set(
    all<{ c: string }>('SELECT DISTINCT city AS c FROM people WHERE city IS NOT NULL').map((r) => r.c),
  );
  for (const entry of CITIES) {
    const names = [entry.name, ...(entry.aliases ?? [])];
    const held = names.filter((n) => peopleCities.has(n));
    const [plainName] = held;
    const others = names.filter((n) => n !== plainName && n.length > 3);
    if (plainName === undefined || others.length === 0) continue;
    const city: Cond = { kind: 'city', values: held, negate: false };
    for (const [value, forms] of (Object.entries(FUNCTION_FORMS) as [JobFunction, readonly string[]][]).slice(0, 3)) {
      const p = m(forms[0] ?? value);
      out.push(
        instance('people-function-city-name', x.list(x.node('people', x.jobFunction(value), city)), {
          plain: [`List the ${p} based in ${m(plainName)}`, `Which ${p} are in ${m(plainName)}?`],
          terse: `${p} ${m(plainName)}`,
          reordered: `In ${m(plainName)}, list the ${p}`,
          valueForms: others.map((o) => `List the ${p} based in ${m(o)}`),
        }),
      );
    }
  }
  // a state by its postal code where no other state shares the code ("NSW", "TX")
  const peopleStates = new Set(
    all<{ s: string }>('SELECT DISTINCT state AS s FROM people WHERE state IS NOT NULL').map((r) => r.s),
  );
  for (const sub of SUBDIVISIONS) {
    if (SUBDIVISIONS.some((o) => o !== sub && o.code === sub.code) || CITIES.some((c) => c.name === sub.name)) continue;
    if (!peopleStates.has(sub.code) || !peopleStates.has(sub.name)) continue;
    const state: Cond = { kind: 'state', values: [sub.name, sub.code], label: sub.name, negate: false };
    out.push(
      instance('people-state-code', x.list(x.node('people', state)), {
        plain: [`List the people based in ${m(sub.code)}`, `Who do we know in ${m(sub.code)}?`],
        terse: `people ${m(sub.code)}`,
        reordered: `In ${m(sub.code)}, who are the people?`,
        valueForms: [`List the people based in ${m(sub.name)}`],
      }),
    );
  }
  return out;
}

/**
 * Templates of the answer's shape and of dates typed short (round 7): a count asked in passing after a list (one
 * row per event that has companies of a relation, with its count), the attribute of the row a superlative ranks
 * first (the founding year of an event's oldest sponsor), a year said before the event noun phrase it dates
 * ("2025 «Singapore» events") and a month with a two-digit year after "in" ("in «oct 24»").
 */
function shapeInstances(db: BetterSqlite3.Database, v: Values): Instance[] {
  const out: Instance[] = [];
  const all = <T>(sql: string): T[] => db.prepare(sql).all() as T[];
  for (const relation of ['sponsor', 'exhibitor', 'speaker', 'partner'] as const) {
    const r = RELATION_FORMS[relation];
    const one = r.plural.replace(/s$/, '');
    out.push(
      instance(
        'events-relation-count-each',
        {
          ...x.list(x.node('events', x.linkTo(x.node('companies'), [relation]))),
          shape: { kind: 'countEach', node: x.node('companies'), relations: [relation], label: r.plural },
        },
        {
          plain: [`Which events have ${r.plural} and how many each?`, `List the events with their ${one} counts`],
          terse: `events and their ${one} counts`,
          reordered: `Events and how many ${r.plural} each has`,
        },
      ),
    );
  }
  const eventById = new Map(v.events.map((e) => [e.id, e]));
  const sponsored = all<{ id: number }>(
    `SELECT p.event_id AS id FROM participations p JOIN companies c ON c.id = p.company_id
       WHERE p.relation = 'sponsor' AND c.founded_year IS NOT NULL GROUP BY 1 HAVING COUNT(DISTINCT c.id) >= 3 ORDER BY 1`,
  );
  for (const { id } of sponsored) {
    const e = eventById.get(id);
    if (!e) continue;
    const n = m(e.name);
    out.push(
      instance(
        'event-oldest-sponsor-founded',
        {
          ...x.list(x.node('companies', x.linkTo(x.node('events', x.eventIs(e.id, e.name)), ['sponsor']))),
          shape: { kind: 'rankByColumn', column: 'age', order: 'asc', limit: 1 },
          attributes: ['founded'],
        },
        {
          plain: [`What year was the oldest sponsor of ${n} founded?`, `When was the oldest sponsor of ${n} founded?`],
          terse: `oldest ${n} sponsor - what year was it founded`,
          reordered: `The oldest sponsor of ${n}: in what year was it founded?`,
        },
      ),
    );
  }
  for (const y of v.years) {
    for (const c of v.eventCountries) {
      if (!v.events.some((e) => e.start?.startsWith(String(y)))) continue;
      out.push(
        instance(
          'year-country-events',
          x.list(x.node('events', x.startBetween(`${y}-01-01`, `${y}-12-31`), x.country(c))),
          {
            plain: [`${m(y)} ${m(c)} events`, `Show me the ${m(y)} ${m(c)} events`],
            terse: `${m(y)} ${m(c)} events`,
            reordered: `${m(c)} events in ${m(y)}`,
          },
        ),
      );
    }
    for (let month = 1; month <= 12; month++) {
      const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
      const mm = String(month).padStart(2, '0');
      const abbreviation = SHORT_MONTHS[month - 1] ?? '';
      out.push(
        instance(
          'events-month-two-digit-year',
          x.list(x.node('events', x.startBetween(`${y}-${mm}-01`, `${y}-${mm}-${last}`))),
          {
            plain: [`Which events are on in ${m(`${abbreviation} ${String(y).slice(2)}`)}?`],
            terse: `events in ${m(`${abbreviation} ${String(y).slice(2)}`)}`,
            reordered: `In ${m(`${abbreviation} ${String(y).slice(2)}`)}, which events are on?`,
          },
        ),
      );
    }
  }
  return out;
}

const SHORT_MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** The request with one condition left out (at the top or inside a link), for the discrimination check. */
function relaxations(request: Request): Request[] {
  const conds = request.target.conds;
  const out: Request[] = [];
  conds.forEach((c, i) => {
    out.push({ ...request, target: { ...request.target, conds: conds.filter((_, j) => j !== i) } });
    if (c.kind === 'link' && (c.node.conds.length > 0 || c.relations.length > 0)) {
      const looser: Cond[] = [];
      if (c.relations.length > 0) looser.push({ ...c, relations: [] });
      c.node.conds.forEach((_, k) =>
        looser.push({ ...c, node: { ...c.node, conds: c.node.conds.filter((__, j) => j !== k) } }),
      );
      for (const l of looser)
        out.push({ ...request, target: { ...request.target, conds: conds.map((o, j) => (j === i ? l : o)) } });
    }
  });
  return out;
}

/** Not empty, and not the same answer as the question with a part of it ignored. */
function discriminates(db: BetterSqlite3.Database, request: Request): boolean {
  const expected = fingerprint(request, runRequest(db, request));
  if (expected.kind === 'count' ? expected.value === 0 : expected.keys.size === 0) return false;
  return relaxations(request).every((r) => !sameFingerprint(expected, fingerprint(r, runRequest(db, r))));
}

function somePlainOf(inst: Instance, random: Random): string {
  return random.pick(inst.plain);
}

/** The cases of one instance: the plain phrasing and one case per operator that applies. */
function expand(inst: Instance, random: Random): [Operator, string][] {
  const plain = inst.plain[0] ?? '';
  const somePlain = (): string => random.pick(inst.plain);
  const cases: [Operator, string | null][] = [
    ['plain', plain],
    ['synonym', withSynonym(somePlain(), random)],
    ['value-form', inst.valueForms.length > 0 ? random.pick(inst.valueForms) : null],
    ['partial-name', inst.partialName],
    ['number-form', inst.numberForms.length > 0 ? random.pick(inst.numberForms) : null],
    ['typo', withTypo(somePlain(), random, false)],
    ['typo-value', withTypo(somePlain(), random, true)],
    ['casing', withCasing(somePlain(), random)],
    ['terse', inst.terse],
    ['filler', withFiller(somePlain(), random)],
    ['word-order', inst.reordered],
  ];
  // typed as users type: lower case, terse or chatty, a typo
  const base = random.int(2) === 0 ? inst.terse : withFiller(somePlain(), random);
  const typed = withTypo(base.toLowerCase().replace(/\?$/, ''), random, random.int(2) === 0);
  cases.push(['mixed', typed]);
  // operators added later draw from their own generator, so the cases above stay as they were
  const wording = new Random(plain.length * 7919 + (plain.charCodeAt(0) || 0));
  cases.push(['texting', withTexting(somePlainOf(inst, wording), wording)]);
  cases.push(['greeting', withGreeting(somePlainOf(inst, wording), wording)]);
  // the typed-as-users-type round: a generator of its own again
  const typed3 = new Random(plain.length * 104729 + (plain.charCodeAt(1) || 0));
  cases.push(['indefinite', withIndefinite(plain, typed3)]);
  cases.push(['speaker-context', withSpeakerContext(somePlainOf(inst, typed3), typed3)]);
  cases.push(['chat-shorthand', withChatShorthand(somePlainOf(inst, typed3), typed3)]);
  for (const op of ['acronym', 'loose-name', 'country-nickname'] as const) {
    const forms = (inst.aliases ?? []).filter(([o]) => o === op);
    cases.push([op, forms.length > 0 ? typed3.pick(forms)[1] : null]);
  }
  // the typed6 round: a generator of its own again
  const typed6 = new Random(plain.length * 7727 + (plain.charCodeAt(2) || 0));
  cases.push(['run-together', withRunTogether(somePlainOf(inst, typed6), typed6)]);
  cases.push(['run-on', withRunOn(somePlainOf(inst, typed6), typed6)]);
  // the typed8 round: a generator of its own again
  const typed8 = new Random(plain.length * 6151 + (plain.charCodeAt(3) || 0));
  cases.push(['held-key', withHeldKey(somePlainOf(inst, typed8), typed8)]);
  cases.push(['typed-noise', withTypedNoise(somePlainOf(inst, typed8), typed8)]);
  const seen = new Set<string>();
  const out: [Operator, string][] = [];
  for (const [op, q] of cases) {
    if (q === null || (op !== 'plain' && seen.has(q))) continue;
    seen.add(q);
    out.push([op, q]);
  }
  return out;
}

/** Templates and operators added after the first corpus (issue 12, the typed-as-users-type round). */
const LATER_TEMPLATES: ReadonlySet<string> = new Set([
  'companies-event-not-event',
  'event-most-relation',
  'event-fewest-relation',
  'people-seniority-range',
  'people-place-company-place',
  // round 6: a word read as the field it means (stated size, revenue words, people of an owner)
  'company-stated-size',
  'people-seniority-owner',
  'companies-revenue-words',
  'people-function-sponsors-possessive',
  // round 7: title words of the data
  'people-title-word-company',
  // round 7: cities by their other names, states by their codes
  'people-function-city-name',
  'people-state-code',
  // round 7: the answer's shape, dates typed short
  'events-relation-count-each',
  'event-oldest-sponsor-founded',
  'year-country-events',
  'events-month-two-digit-year',
]);
const LATER_OPERATORS: ReadonlySet<Operator> = new Set([
  'indefinite',
  'speaker-context',
  'chat-shorthand',
  'acronym',
  'loose-name',
  'country-nickname',
  'run-together',
  'run-on',
  'held-key',
  'typed-noise',
]);

/** True for a case of the first corpus (its template, operator and date kind were there before the later round). */
export function inFirstCorpus(c: Pick<CorpusCase, 'template' | 'operator' | 'dateKind'>): boolean {
  return (
    !LATER_TEMPLATES.has(c.template) &&
    !LATER_OPERATORS.has(c.operator) &&
    !(c.dateKind !== null && LATER_DATE_KINDS.has(c.dateKind))
  );
}

/** Instances kept by template (and date kind), before expansion: shared by the corpus and the honesty test. */
export function corpusInstances(db: BetterSqlite3.Database, options: CorpusOptions): Instance[] {
  const random = new Random(options.seed);
  const v = readValues(db);
  const groups = new Map<string, Instance[]>();
  const laterGroups = new Map<string, Instance[]>();
  for (const inst of allInstances(v, options.asOf)) {
    const key = inst.dateKind ? `${inst.template}/${inst.dateKind}` : inst.template;
    const into = inst.dateKind && LATER_DATE_KINDS.has(inst.dateKind) ? laterGroups : groups;
    into.set(key, [...(into.get(key) ?? []), inst]);
  }
  for (const inst of laterInstances(db, v))
    laterGroups.set(inst.template, [...(laterGroups.get(inst.template) ?? []), inst]);
  const shapeGroups = new Map<string, Instance[]>();
  for (const inst of shapeInstances(db, v))
    shapeGroups.set(inst.template, [...(shapeGroups.get(inst.template) ?? []), inst]);
  const keep = (from: Map<string, Instance[]>, rng: Random): Instance[] => {
    const kept: Instance[] = [];
    for (const [key, group] of [...from.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const quota = key.includes('/') ? options.perDateKind : options.perTemplate;
      let n = 0;
      for (const inst of rng.sample(group, group.length)) {
        if (n >= quota) break;
        if (!discriminates(db, inst.expected)) continue;
        kept.push(inst);
        n++;
      }
    }
    return kept;
  };
  // the groups added later are sampled by a generator of their own: the cases of the first corpus stay as they were
  const kept = [
    ...keep(groups, random),
    ...keep(laterGroups, new Random(options.seed + 3)),
    // round 7's templates: a generator of their own again
    ...keep(shapeGroups, new Random(options.seed + 7)),
  ];
  const aliases = nameAliases(v);
  return kept.map((inst) => ({ ...inst, aliases: aliasPhrasings(inst.plain[0] ?? '', aliases) }));
}

/** Acronyms and loose forms of event names that name one event only, and country nicknames. */
function nameAliases(v: Values): Map<string, [Operator, string][]> {
  const out = new Map<string, [Operator, string][]>();
  const count = new Map<string, number>();
  const bump = (k: string): void => void count.set(k, (count.get(k) ?? 0) + 1);
  for (const e of v.events) {
    const a = acronymOf(e.name);
    if (a) bump(a.toLowerCase());
    bump(e.name.toLowerCase());
  }
  for (const c of v.companies) bump(c.name.toLowerCase());
  for (const e of v.events) {
    const forms: [Operator, string][] = [];
    const a = acronymOf(e.name);
    if (a && count.get(a.toLowerCase()) === 1) forms.push(['acronym', a]);
    const loose = looseNameOf(e.name);
    if (loose) forms.push(['loose-name', loose]);
    if (forms.length > 0) out.set(e.name, forms);
  }
  for (const [country, names] of Object.entries(COUNTRY_NICKNAMES))
    out.set(
      country,
      names.map((n): [Operator, string] => ['country-nickname', n]),
    );
  return out;
}

/** The plain phrasing with its first aliased value («name») named by each of its aliases. */
function aliasPhrasings(plain: string, aliases: Map<string, [Operator, string][]>): [Operator, string][] {
  const out: [Operator, string][] = [];
  for (const match of plain.matchAll(/(the )?«([^»]+)»/g)) {
    const forms = aliases.get(match[2] ?? '');
    if (!forms) continue;
    const at = match.index;
    for (const [op, form] of forms) {
      // a loose name brings its own "the"; a nickname replaces "the «United States»" whole
      out.push([op, `${plain.slice(0, at)}«${form}»${plain.slice(at + match[0].length)}`]);
    }
    break;
  }
  return out;
}

/** The corpus: every kept instance (`corpusInstances`) under every operator that applies to it. */
export function generateCorpus(instances: readonly Instance[], seed: number): CorpusCase[] {
  const random = new Random(seed + 1);
  return instances.flatMap((inst, i) =>
    expand(inst, random).map(([operator, marked]) => ({
      id: `${inst.template}#${i}:${operator}`,
      template: inst.template,
      operator,
      dateKind: inst.dateKind,
      question: surface(marked),
      expected: inst.expected,
    })),
  );
}
