import Database from 'better-sqlite3';
import { DATA_TABLE_NAMES } from '../schema/DATA_TABLE_NAMES';
import { introspectSqliteTables } from '../schema/introspectSqliteTables';
import type { TableDescription } from '../schema/TableDescription';

/** Table descriptions of a test database (from its catalogue, with short prose for retrieval). */
export function testTables(file: string): TableDescription[] {
  const db = new Database(file, { readonly: true });
  try {
    const prose: Record<string, string> = {
      events: 'Events: conferences, expos and summits with dates, venue, city and country.',
      tags: 'Industry tags of events (oil gas, finance banking, food beverage).',
      event_tags: 'Which industry tags each event has.',
      companies: 'Companies: name, domain, country, revenue, employees, industry.',
      company_industries: 'Industries of each company.',
      participations: 'Company participation in events: sponsor, exhibitor, speaker, attendee, partner, organizer.',
      people: 'People (contacts) working at companies: name, job title, seniority, country, email.',
      person_job_functions: 'Every job function of each person (a title can state several).',
    };
    return introspectSqliteTables(db, DATA_TABLE_NAMES).map((t) => ({
      ...t,
      description: prose[t.name] ?? t.description,
    }));
  } finally {
    db.close();
  }
}
