import { parseCompanyAddress, parseEmployeeBand, parseFoundedYear, parseRevenueUsd, splitIndustries } from '../derive';
import { RELATIONS, type Relation } from '../vocabularies';
import { ChildRows } from './ChildRows';
import { CSV_FILES } from './csvFiles';
import { countOutcome, rejectMisshapenRow, rejectRow } from './countRow';
import { dedupeReason } from './dedupeReason';
import type { IngestStore, KeyedRows } from './IngestStore';
import type { IngestSession } from './IngestSession';
import type { CsvSource } from './CsvSource';
import { Upserter, type SqlValue, type UpsertOutcome } from './Upserter';

const FILE = CSV_FILES.companies.file;
type CompanyColumn = (typeof CSV_FILES)['companies']['columns'][number];
// company_logo_text (text read off the logo image) is not kept: it is OCR noise with no question behind it.
const READ: readonly CompanyColumn[] = [
  'homepage_base_url',
  'company_name',
  'homepage_url',
  'linkedin_company_url',
  'company_logo_url',
  'company_phone',
  'company_founding_year',
  'company_address',
  'n_employees',
  'company_revenue',
  'company_industry',
  'company_overview',
  'event_url',
  'relation_to_event',
  'company_logo_url_on_event_page',
  'company_logo_match_flag',
];

/** Companies keyed by domain, plus one participation (company-event relation) per row. */
export async function ingestCompanies(
  session: IngestSession,
  source: CsvSource<CompanyColumn>,
  onRow: (bytes: number) => void,
): Promise<void> {
  const { store } = session;
  const counts = session.fileCounts(FILE);
  const companies = new Upserter(store, {
    table: 'companies',
    key: 'domain',
    base: [
      'domain',
      'name',
      'homepage_url',
      'linkedin_url',
      'logo_url',
      'phone',
      'founded_year',
      'address',
      'employees_raw',
      'revenue_raw',
      'industries',
      'overview',
    ],
    derived: ['city', 'state', 'country_code', 'country', 'employees_min', 'employees_max', 'revenue_usd', 'industry'],
  });
  const industries = new ChildRows(store, {
    table: 'company_industries',
    parentColumn: 'company_id',
    valueColumn: 'industry',
    positionColumn: 'position',
  });
  const participations = new Participations(store);
  const eventIds = new Map<string, number | null>();
  const eventId = store.idLookup('events', 'url');
  const derive = (b: SqlValue[]): SqlValue[] => {
    const address = parseCompanyAddress(b[7] as string | null);
    const band = parseEmployeeBand(b[8] as string | null);
    const revenue = parseRevenueUsd(b[9] as string | null);
    const list = splitIndustries(b[10] as string | null);
    return [
      address.city,
      address.state,
      address.countryCode,
      address.country,
      band?.min ?? null,
      band?.max ?? null,
      revenue,
      list[0] ?? null,
    ];
  };

  await source.each((line, values) => {
    counts.read++;
    if (rejectMisshapenRow(session, counts, line, values, source.header.length)) {
      session.participations.rejected++;
      return;
    }
    const fields = session.readFields(FILE, line, values, source.index, READ);
    let repaired = session.lastRowRepaired;
    const [
      domainRaw,
      nameRaw,
      homepage,
      linkedin,
      logo,
      phone,
      yearRaw,
      address,
      employees,
      revenue,
      industryList,
      overview,
      eventUrl,
      relationRaw,
      logoOnPage,
      logoMatch,
    ] = fields;
    let domain = domainRaw?.toLowerCase() ?? null;
    if (!domain && homepage) {
      domain = hostOf(homepage);
      if (domain) {
        repaired = true;
        session.issue(
          FILE,
          line,
          'homepage_base_url',
          'repaired',
          'no homepage_base_url; taken from homepage_url',
          homepage,
        );
      }
    }
    if (!domain) {
      rejectRow(session, counts, line, 'homepage_base_url', 'no homepage_base_url (the key of a company)', null);
      session.participations.rejected++;
      return;
    }
    let name = nameRaw ?? null;
    if (!name) {
      name = domain;
      repaired = true;
      session.issue(FILE, line, 'company_name', 'repaired', 'no company_name; the domain stands in', null);
    }
    const year = parseFoundedYear(yearRaw ?? null);
    if (yearRaw && year === null) {
      repaired = true;
      session.issue(FILE, line, 'company_founding_year', 'repaired', 'not a year; left empty', yearRaw);
    }
    const base: SqlValue[] = [
      domain,
      name,
      homepage ?? null,
      linkedin ?? null,
      logo ?? null,
      phone ?? null,
      year,
      address ?? null,
      employees ?? null,
      revenue ?? null,
      industryList ?? null,
      overview ?? null,
    ];
    const outcome = companies.upsert(line, base, derive);
    const storedName = outcome.kind === 'inserted' ? name : (outcome.stored[1] as string | null);
    if (storedName) session.companyNames.set(domain, storedName);
    const storedIndustries =
      outcome.kind === 'inserted' ? (industryList ?? null) : (outcome.stored[10] as string | null);
    const industriesChanged = industries.sync(
      outcome.id,
      [...new Set(splitIndustries(storedIndustries))],
      outcome.kind === 'inserted',
    );
    // One row per company and event is the file's shape: a merged company is folded, its participation still added.
    countOutcome(counts, outcome, repaired, industriesChanged);
    if (outcome.kind === 'merged') {
      session.issue(FILE, line, 'homepage_base_url', 'merged', companyMergeReason(outcome), domain);
    }

    // The participation this row states.
    const relation = relationRaw?.toLowerCase() ?? null;
    if (!relation || !(RELATIONS as readonly string[]).includes(relation)) {
      session.participations.rejected++;
      session.issue(
        FILE,
        line,
        'relation_to_event',
        'rejected',
        `relation must be one of ${RELATIONS.join(', ')}; participation not stored`,
        relationRaw ?? null,
      );
      return;
    }
    if (!eventUrl) {
      session.participations.rejected++;
      session.issue(FILE, line, 'event_url', 'rejected', 'no event_url; participation not stored', null);
      return;
    }
    let event = eventIds.get(eventUrl);
    if (event === undefined) {
      event = eventId(eventUrl);
      eventIds.set(eventUrl, event);
    }
    if (event === null) {
      session.participations.rejected++;
      session.issue(
        FILE,
        line,
        'event_url',
        'rejected',
        'no event with this URL in event_info.csv or the database; participation not stored',
        eventUrl,
      );
      return;
    }
    const p = participations.upsert(
      line,
      event,
      outcome.id,
      relation as Relation,
      logoOnPage ?? null,
      logoMatch?.toLowerCase() ?? null,
    );
    session.participations[p.kind]++;
    if (p.kind === 'merged') {
      session.issue(
        FILE,
        line,
        'relation_to_event',
        'merged',
        `same company, event and relation as line ${p.firstLine ?? '?'}`,
        relation,
      );
    }
  }, onRow);
}

// A company's row for another event is the file's shape, not a duplicate: say so, and what its details added.
function companyMergeReason(outcome: Extract<UpsertOutcome, { kind: 'merged' | 'updated' | 'unchanged' }>): string {
  const reason = dedupeReason('company', outcome);
  const first = outcome.firstLine === null ? 'an earlier row' : `line ${outcome.firstLine}`;
  const details = reason.startsWith('exact duplicate')
    ? 'same details'
    : reason.replace(/^same company as [^;]*; /, '');
  return `company already read at ${first} (one row per company and event; its participation is stored): ${details}`;
}

function hostOf(url: string): string | null {
  try {
    return (
      new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '').toLowerCase() || null
    );
  } catch {
    return null;
  }
}

/** Company-event relations keyed by (event, company, relation); later rows only fill empty logo fields. */
class Participations {
  private readonly rows: KeyedRows;
  private readonly firstNewId: number;
  private readonly lines = new Map<number, number>();
  private readonly row: SqlValue[] = [null, null, null, null, null];

  constructor(store: IngestStore) {
    this.rows = store.keyed({
      table: 'participations',
      columns: ['event_id', 'company_id', 'relation', 'logo_url_on_event_page', 'logo_match'],
      key: ['event_id', 'company_id', 'relation'],
    });
    this.firstNewId = this.rows.maxIdAtStart + 1;
  }

  upsert(
    line: number,
    eventId: number,
    companyId: number,
    relation: Relation,
    logo: string | null,
    match: string | null,
  ): { kind: 'inserted' | 'merged' | 'updated' | 'unchanged'; firstLine: number | null } {
    const row = this.row;
    row[0] = eventId;
    row[1] = companyId;
    row[2] = relation;
    row[3] = logo;
    row[4] = match;
    const insertedId = this.rows.insertNew(row);
    if (insertedId !== null) {
      this.lines.set(insertedId, line);
      return { kind: 'inserted', firstLine: null };
    }
    const existing = this.rows.get(row);
    if (!existing) throw new Error('participations: conflict on (event_id, company_id, relation) but no row found');
    const id = existing[0] as number;
    const oldLogo = (existing[4] ?? null) as string | null;
    const oldMatch = (existing[5] ?? null) as string | null;
    const nextLogo = oldLogo ?? logo;
    const nextMatch = oldMatch ?? match;
    const changed = nextLogo !== oldLogo || nextMatch !== oldMatch;
    if (changed) this.rows.update(id, [eventId, companyId, relation, nextLogo, nextMatch]);
    if (id >= this.firstNewId) return { kind: 'merged', firstLine: this.lines.get(id) ?? null };
    return { kind: changed ? 'updated' : 'unchanged', firstLine: null };
  }
}
