import {
  classifyJobFunctions,
  classifySeniority,
  type JobFunction,
  deriveEmail,
  deriveSurname,
  normalizeCountry,
} from '../derive';
import { CSV_FILES } from './csvFiles';
import { ChildRows } from './ChildRows';
import { countOutcome, rejectMisshapenRow, rejectRow } from './countRow';
import { dedupeReason } from './dedupeReason';
import type { IngestSession } from './IngestSession';
import type { CsvSource } from './CsvSource';
import { Upserter, type SqlValue } from './Upserter';

const FILE = CSV_FILES.people.file;
type PersonColumn = (typeof CSV_FILES)['people']['columns'][number];
const READ: readonly PersonColumn[] = [
  'homepage_base_url',
  'first_name',
  'middle_name',
  'last_name',
  'job_title',
  'person_city',
  'person_state',
  'person_country',
  'email_pattern',
  'duration_in_current_job',
  'duration_in_current_company',
];
const CACHE_LIMIT = 200_000;

/** A bounded memo: titles and country spellings repeat a lot, their classification is the costly part of a row. */
function memo<T>(fn: (key: string) => T): (key: string | null) => T | null {
  const cache = new Map<string, T>();
  return (key) => {
    if (key === null) return null;
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = fn(key);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, value);
    }
    return value as T;
  };
}

/** People keyed by (first name, surname, company domain); surname, function, seniority, country and e-mail derived. */
export async function ingestPeople(
  session: IngestSession,
  source: CsvSource<PersonColumn>,
  onRow: (bytes: number) => void,
): Promise<void> {
  const { store } = session;
  const counts = session.fileCounts(FILE);
  const people = new Upserter(store, {
    table: 'people',
    key: 'identity_key',
    base: [
      'company_domain',
      'first_name',
      'middle_name',
      'last_name',
      'job_title',
      'city',
      'state',
      'country_raw',
      'email_pattern',
      'duration_in_current_job',
      'duration_in_current_company',
    ],
    derived: [
      'surname',
      'full_name',
      'identity_key',
      'job_function',
      'seniority',
      'country',
      'country_code',
      'email',
      'company_id',
    ],
  });
  const companyId = memo(store.idLookup('companies', 'domain'));
  // a title is classified without its employer's name ('Procurement, ST Engineering' is no engineer): keyed by both
  const functionsOf = memo((key) => {
    const cut = key.indexOf('\u0000');
    return classifyJobFunctions(key.slice(cut + 1), key.slice(0, cut) || null);
  });
  const jobFunctions = (title: string | null, domain: string | null): JobFunction[] | null =>
    title === null ? null : functionsOf(`${session.companyNames.get(domain ?? '') ?? ''}\u0000${title}`);
  // Every function of the title, position 0 being the primary one (people.job_function).
  const functionRows = new ChildRows(store, {
    table: 'person_job_functions',
    parentColumn: 'person_id',
    valueColumn: 'job_function',
    positionColumn: 'position',
  });
  const seniority = memo((title) => classifySeniority(title) ?? null);
  const country = memo((raw) => normalizeCountry(raw));
  const derive = (b: SqlValue[]): SqlValue[] => {
    const [domain, firstRaw, middle, last, title, , , countryRaw, pattern] = b as (string | null)[];
    const first = firstRaw ?? '';
    const surname = deriveSurname(middle, last);
    const c = country(countryRaw ?? null);
    return [
      surname,
      surname ? `${first} ${surname}` : first,
      `${first.toLowerCase()}|${surname?.toLowerCase() ?? ''}|${domain}`,
      jobFunctions(title ?? null, domain ?? null)?.[0] ?? null,
      seniority(title ?? null),
      c?.name ?? null,
      c?.code ?? null,
      deriveEmail({ pattern, firstName: first, surname, domain }),
      companyId(domain ?? null),
    ];
  };

  const buffer = new Array<string | null>(READ.length).fill(null);
  await source.each((line, values) => {
    counts.read++;
    if (rejectMisshapenRow(session, counts, line, values, source.header.length)) return;
    const fields = session.readFields(FILE, line, values, source.index, READ, buffer);
    const repaired = session.lastRowRepaired;
    const domain = fields[0]?.toLowerCase() ?? null;
    if (!domain) {
      rejectRow(session, counts, line, 'homepage_base_url', "no homepage_base_url (part of a person's identity)", null);
      return;
    }
    if (!fields[1]) {
      rejectRow(session, counts, line, 'first_name', "no first_name (part of a person's identity)", null);
      return;
    }
    fields[0] = domain;
    const outcome = people.upsert(line, fields, derive);
    // The functions of the title as stored (a merged row keeps the existing title when both have one).
    const storedTitle = outcome.kind === 'inserted' ? fields[4] : (outcome.stored[4] as string | null);
    const functionsChanged = functionRows.sync(
      outcome.id,
      jobFunctions(storedTitle ?? null, domain) ?? [],
      outcome.kind === 'inserted',
    );
    countOutcome(counts, outcome, repaired, functionsChanged);
    if (outcome.kind === 'merged') {
      session.issue(
        FILE,
        line,
        null,
        'merged',
        dedupeReason('person (first name, surname, company domain)', outcome),
        `${fields[1]}|${fields[3] ?? fields[2] ?? ''}|${domain}`,
      );
    }
  }, onRow);
}
