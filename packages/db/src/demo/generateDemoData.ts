import fs from 'node:fs';
import path from 'node:path';

import { CSV_FILES } from '../ingest/csvFiles';
import { CsvWriter } from './CsvWriter';
import { Random } from './Random';
import {
  ADDRESSES,
  COMPANY_SUFFIXES,
  EMAIL_PATTERNS,
  EMPLOYEE_VALUES,
  EVENT_FORMATS,
  FIRST_NAMES,
  FOREIGN_VENUES,
  INDUSTRIES,
  JOB_TITLES,
  LAST_NAMES,
  NAME_SYLLABLES_A,
  NAME_SYLLABLES_B,
  OVERVIEW_OBJECTS,
  OVERVIEW_OPENERS,
  PERSON_PLACES,
  REGIONS,
  RELATION_WEIGHTS,
  SINGAPORE_VENUES,
  STREETS,
  THEMES,
  TLDS,
} from './vocabulary';

/** Options of {@link generateDemoData}. */
export interface DemoDataOptions {
  /** Folder to write event_info.csv, company_info.csv and people_info.csv into (created if needed). */
  outDir: string;
  /** Same seed (and today) => byte-identical files. Default 42. */
  seed?: number;
  /** Rows of people_info.csv, duplicates included (about 1 in 8 is an exact duplicate). Default 6,000. */
  people?: number;
  /**
   * 'YYYY-MM-DD' the event dates are placed around: from 1 January of the previous year to 12 months ahead, so that
   * questions about last year ("events per month in <last year>"), the past and the coming months all find events.
   * Default: today (UTC).
   */
  today?: string;
}

const DAY_MS = 86_400_000;

interface DemoCompany {
  domain: string;
  name: string;
  pattern: string;
}

/**
 * Writes a seeded demo data set with exactly the real files' headers and their messiness: events at Singapore
 * venues without a country, mixed country spellings, employee bands and head counts, revenue strings, missing
 * fields, exact duplicate rows. Files are streamed, so `people` can be millions.
 *
 * @example await generateDemoData({ outDir: '/tmp/demo', seed: 7, people: 1_000_000, today: '2026-01-15' });
 */
export async function generateDemoData(opts: DemoDataOptions): Promise<void> {
  const seed = opts.seed ?? 42;
  const peopleRows = Math.max(0, Math.floor(opts.people ?? 6000));
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(todayMs))
    throw new Error(`today must be YYYY-MM-DD, got '${today}'`);
  fs.mkdirSync(opts.outDir, { recursive: true });
  const rnd = new Random(seed);
  // About one event per 90 people as in the real files, but no more than 1,000: a demo needs no more events.
  const nEvents = clamp(Math.round(peopleRows / 90), 24, 1000);
  const nCompanies = clamp(Math.round(peopleRows / 9), 40, 150_000);

  const eventUrls = await writeEvents(path.join(opts.outDir, CSV_FILES.events.file), rnd, nEvents, todayMs);
  const companies = await writeCompanies(path.join(opts.outDir, CSV_FILES.companies.file), rnd, nCompanies, eventUrls);
  await writePeople(path.join(opts.outDir, CSV_FILES.people.file), rnd, peopleRows, companies);
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

async function writeEvents(file: string, rnd: Random, n: number, todayMs: number): Promise<string[]> {
  const out = new CsvWriter(file, CSV_FILES.events.columns);
  const urls: string[] = [];
  const seen = new Set<string>();
  const daysSincePreviousYear = Math.round((todayMs - Date.UTC(new Date(todayMs).getUTCFullYear() - 1, 0, 1)) / DAY_MS);
  let previous: string[] | null = null;
  for (let i = 0; i < n; i++) {
    // Events repeat in the source (the same page scraped twice): an exact duplicate row now and then.
    if (previous && rnd.chance(0.03)) {
      await out.row(previous);
      continue;
    }
    const theme = rnd.pick(THEMES);
    const word = rnd.pick(theme.words);
    const abroad = rnd.chance(0.15);
    const foreign = rnd.pick(FOREIGN_VENUES);
    const region = abroad ? '' : rnd.pick(REGIONS);
    const startMs = todayMs + rnd.int(-daysSincePreviousYear, 365) * DAY_MS;
    const year = new Date(startMs).getUTCFullYear();
    const ordinal = rnd.chance(0.2) ? `${rnd.int(2, 15)}th ` : '';
    const name = `${ordinal}${word} ${rnd.pick(EVENT_FORMATS)}${region ? ` ${region}` : ''}${rnd.chance(0.5) ? ` ${year}` : ''}`;
    let url = `https://www.${slug(`${word}-${rnd.pick(EVENT_FORMATS)}`)}${rnd.chance(0.5) ? '.com' : '.asia'}/${rnd.chance(0.4) ? `${year}/` : ''}`;
    while (seen.has(url)) url = `${url}${rnd.int(0, 9)}`;
    seen.add(url);
    urls.push(url);
    let venue: string;
    let country: string;
    if (abroad) {
      venue = foreign.venue;
      country = rnd.pick(foreign.country);
    } else {
      venue = rnd.chance(0.05) ? '' : rnd.pick(SINGAPORE_VENUES);
      // Mostly empty; sometimes right; now and then wrong, as scraped.
      country = rnd.weighted([
        ['', 70],
        ['Singapore', 26],
        ['Australia', 2],
        ['SG', 2],
      ]);
    }
    const days = rnd.weighted([
      [1, 25],
      [2, 35],
      [3, 30],
      [4, 7],
      [5, 3],
    ]);
    const end = rnd.chance(0.03) ? '' : isoDay(startMs + (days - 1) * DAY_MS);
    const where = abroad
      ? `in ${foreign.venue}`
      : !venue || venue === 'Singapore'
        ? 'in Singapore'
        : venue.includes('Singapore')
          ? `at ${venue}`
          : `at ${venue}, Singapore`;
    const description = rnd.chance(0.02)
      ? ''
      : `${name} returns ${where}: ${theme.sentence}. ${rnd.int(2, 300) * 10}+ exhibitors, "${word}" keynotes and networking.`;
    const row = [
      `https://cdn.musaeid-demo.example/logos/${slug(name)}.png`,
      name,
      isoDay(startMs),
      end,
      venue,
      country,
      description,
      url,
    ];
    previous = row;
    await out.row(row);
  }
  await out.close();
  return urls;
}

function companyName(rnd: Random): string {
  return `${rnd.pick(NAME_SYLLABLES_A)}${rnd.pick(NAME_SYLLABLES_B)}${rnd.pick(COMPANY_SUFFIXES)}`;
}

function revenue(rnd: Random): string {
  return rnd.weighted<() => string>([
    [() => '', 45],
    [() => `$${rnd.int(1, 950)} million`, 35],
    [() => `$${rnd.int(1, 99)}.${rnd.int(1, 9)} million`, 6],
    [() => `$${rnd.int(1, 60)}.${rnd.int(1, 9)} billion`, 8],
    [() => `$${rnd.int(1, 400)} billion`, 2],
    [() => `$${rnd.int(50, 999)}000`, 4],
  ])();
}

async function writeCompanies(
  file: string,
  rnd: Random,
  n: number,
  eventUrls: readonly string[],
): Promise<DemoCompany[]> {
  const out = new CsvWriter(file, CSV_FILES.companies.columns);
  const companies: DemoCompany[] = [];
  const domains = new Set<string>();
  for (let i = 0; i < n; i++) {
    const name = companyName(rnd);
    let domain = `${slug(name.replace(/( Pte Ltd|, LLC| Inc\.| GmbH)$/, '')).replace(/-/g, '')}.${rnd.pick(TLDS)}`;
    for (let k = 2; domains.has(domain); k++) domain = domain.replace(/^([a-z0-9]+?)\d*\./, `$1${k}.`);
    domains.add(domain);
    const pattern = rnd.weighted(EMAIL_PATTERNS);
    companies.push({ domain, name, pattern });

    const employees = rnd.weighted(EMPLOYEE_VALUES);
    const place = rnd.pick(ADDRESSES);
    const address = rnd.chance(0.5)
      ? ''
      : `${rnd.int(1, 999)} ${rnd.pick(STREETS)}, ${place.city}${place.state ? `, ${place.state}` : ''}${place.zip() ? ` ${place.zip()}` : ''}, ${place.code}`;
    const industries = rnd.chance(0.13)
      ? ''
      : Array.from(
          {
            length: rnd.weighted([
              [1, 80],
              [2, 15],
              [3, 5],
            ]),
          },
          () => rnd.pick(INDUSTRIES),
        )
          .filter((v, j, a) => a.indexOf(v) === j)
          .join(',  ');
    const overview = rnd.chance(0.17)
      ? ''
      : `${name} Information\n${rnd.pick(OVERVIEW_OPENERS)} ${rnd.pick(OVERVIEW_OBJECTS)}, with "${rnd.pick(THEMES).name}" at heart.`;
    const fields = {
      company_logo_url: rnd.chance(0.18) ? '' : `https://media.musaeid-demo.example/company-logo/${slug(name)}`,
      company_logo_text: rnd.chance(0.3) ? name.slice(0, rnd.int(2, 6)) : name,
      company_name: name,
      company_revenue: revenue(rnd),
      n_employees: employees === 'HEADCOUNT' ? `${rnd.int(1, 40)}.0` : employees,
      company_phone: rnd.chance(0.45)
        ? ''
        : rnd.chance(0.5)
          ? `(${rnd.int(201, 989)}) 555-0${rnd.int(100, 199)}`
          : `+65 6${rnd.int(100, 999)} ${rnd.int(1000, 9999)}`,
      company_founding_year: rnd.chance(0.22) ? '' : String(rnd.int(1890, 2023)),
      company_address: address,
      company_industry: industries,
      company_overview: overview,
      homepage_url: rnd.chance(0.13) ? '' : `http://www.${domain}`,
      linkedin_company_url: rnd.chance(0.33) ? '' : `https://www.linkedin.com/company/${slug(name)}/about`,
      homepage_base_url: domain,
      company_logo_match_flag: rnd.chance(0.79) ? 'yes' : '',
    };
    // One row per company and event it relates to (usually one, sometimes several).
    const links = rnd.weighted([
      [1, 85],
      [2, 12],
      [3, 3],
    ]);
    const used = new Set<string>();
    for (let j = 0; j < links; j++) {
      const eventUrl = eventUrls[Math.floor(rnd.float() ** 1.6 * eventUrls.length)] ?? eventUrls[0] ?? '';
      if (used.has(eventUrl)) continue;
      used.add(eventUrl);
      const row: Record<string, string> = {
        ...fields,
        relation_to_event: rnd.weighted(RELATION_WEIGHTS),
        event_url: eventUrl,
        company_logo_url_on_event_page: `${eventUrl}wp-content/uploads/${slug(name)}-logo.png`,
      };
      await out.row(CSV_FILES.companies.columns.map((c) => row[c] ?? ''));
    }
  }
  await out.close();
  return companies;
}

async function writePeople(file: string, rnd: Random, n: number, companies: readonly DemoCompany[]): Promise<void> {
  const out = new CsvWriter(file, CSV_FILES.people.columns);
  // People work at the first ~40% of companies, a few employers being much larger (as in the real file).
  const employers = Math.max(1, Math.floor(companies.length * 0.4));
  const recent: string[][] = [];
  for (let i = 0; i < n; i++) {
    if (recent.length > 0 && rnd.chance(0.125)) {
      await out.row(rnd.pick(recent)); // an exact duplicate row
      continue;
    }
    const company = companies[Math.floor(rnd.float() ** 2.2 * employers)] ?? companies[0];
    if (!company) break;
    const first = rnd.pick(FIRST_NAMES);
    let last: string = rnd.pick(LAST_NAMES);
    let middle = rnd.chance(0.07) ? rnd.pick(['M.', 'J.', 'Ann', 'Kumar', 'Li']) : '';
    if (rnd.chance(0.06)) {
      // The surname sometimes sits in the middle column with the last one empty.
      if (rnd.chance(0.5)) middle = last;
      last = '';
    }
    let title = rnd.chance(0.004) ? '' : rnd.pick(rnd.weighted(JOB_TITLES));
    if (title && rnd.chance(0.05)) title = `${title} @ ${company.name}`;
    const place = rnd.weighted(PERSON_PLACES);
    const tenure = rnd.chance(0.84) ? null : ([rnd.int(0, 9), rnd.int(1, 11)] as const);
    const duration = (t: readonly [number, number]): string =>
      `${t[0] > 0 ? `${t[0]} year${t[0] > 1 ? 's' : ''} ` : ''}${t[1]} month${t[1] > 1 ? 's' : ''}`;
    const row = [
      first,
      middle,
      last,
      title,
      rnd.pick(place.cities),
      rnd.pick(place.states),
      rnd.pick(place.country),
      company.pattern,
      company.domain,
      tenure ? `${duration(tenure)} in role ${duration(tenure)} in company` : '',
      tenure ? duration(tenure) : '',
    ];
    if (recent.length < 64) recent.push(row);
    else recent[rnd.int(0, 63)] = row;
    await out.row(row);
  }
  await out.close();
}
