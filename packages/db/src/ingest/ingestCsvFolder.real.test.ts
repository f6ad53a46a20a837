import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openSqlite } from '../openSqlite';
import { hasRealData, makeTmp, realDataDir, removeTmp, warnIfNoRealData } from '@musaeid/testkit';
import { dumpData } from '../testing';
import { ingestCsvFolder } from './ingestCsvFolder';
import type { IngestReport } from './IngestReport';

warnIfNoRealData('ingestCsvFolder');

describe.skipIf(!hasRealData)('ingestCsvFolder on the real CSVs', () => {
  const dir = makeTmp();
  const file = path.join(dir, 'real.db');
  let report: IngestReport;
  let db: Database.Database;
  const one = <T>(sql: string, ...params: unknown[]): T =>
    db
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  const all = <T>(sql: string, ...params: unknown[]): T[] =>
    db
      .prepare(sql)
      .pluck()
      .all(...params) as T[];

  beforeAll(async () => {
    report = await ingestCsvFolder({ from: realDataDir, db: file });
    db = openSqlite(file, { readonly: true });
  });
  afterAll(() => {
    db?.close();
    removeTmp(dir);
  });

  it('reads every row and reports what it did', () => {
    const byFile = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(byFile['event_info.csv']).toMatchObject({ read: 72, inserted: 72, merged: 0, rejected: 0 });
    expect(byFile['company_info.csv']).toMatchObject({ read: 742, inserted: 722, merged: 20, rejected: 0 });
    // 6,460 rows - 806 exact duplicates = 5,654 distinct rows, of which about 90 more repeat a person (first name,
    // surname, company domain) with other details (e.g. 'Manager' and 'Manager @ Company').
    const people = byFile['people_info.csv'];
    expect(people).toMatchObject({ read: 6460, rejected: 0 });
    expect((people?.inserted ?? 0) + (people?.merged ?? 0)).toBe(6460);
    expect(people?.merged).toBeGreaterThanOrEqual(806 + 91);
    expect(people?.merged).toBeLessThan(806 + 120);
    expect(report.participations).toMatchObject({ inserted: 742, merged: 0, rejected: 0 });
    expect(report.tables).toMatchObject({ events: 72, companies: 722, participations: 742, people: people?.inserted });
  });

  it('records every merged duplicate with file, line and reason', () => {
    const merged = report.files.find((f) => f.file === 'people_info.csv')?.merged;
    expect(one('SELECT count(*) FROM ingest_issues WHERE file = ? AND action = ?', 'people_info.csv', 'merged')).toBe(
      merged,
    );
    // 806 byte-identical rows, plus one that only becomes identical once cleaned ('null' read as empty).
    const exact = one<number>(
      "SELECT count(*) FROM ingest_issues WHERE file = 'people_info.csv' AND action = 'merged' AND reason LIKE 'exact duplicate of line %'",
    );
    expect(exact).toBeGreaterThanOrEqual(806);
    expect(exact).toBeLessThanOrEqual(810);
    const issue = db.prepare("SELECT * FROM ingest_issues WHERE action = 'merged' ORDER BY line LIMIT 1").get() as {
      line: number;
      reason: string;
      run_id: number;
    };
    expect(issue.line).toBeGreaterThan(1);
    expect(issue.run_id).toBe(report.runId);
    expect(JSON.parse(one<string>('SELECT summary FROM ingest_runs WHERE id = ?', report.runId))).toMatchObject({
      runId: report.runId,
    });
  });

  it('points issues at the right source line, multi-line quoted fields included', () => {
    // Start line of every record, from the parser's own line count.
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(
      fs.readFileSync(path.join(realDataDir, 'company_info.csv')),
      { info: true, columns: true },
    );
    const byLine = new Map<number, string>();
    let previousEnd = 1;
    for (const { record, info } of records) {
      byLine.set(previousEnd + 1, record.homepage_base_url ?? '');
      previousEnd = info.lines;
    }
    const issues = db
      .prepare("SELECT line, value FROM ingest_issues WHERE file = 'company_info.csv' AND action = 'merged'")
      .raw()
      .all() as [number, string][];
    expect(issues.length).toBe(20);
    for (const [line, domain] of issues) expect(byLine.get(line), `line ${line}`).toBe(domain);
  });

  it('counts relations as the source states them', () => {
    const rows = db
      .prepare('SELECT relation, count(*) AS n FROM participations GROUP BY relation ORDER BY n DESC')
      .raw()
      .all();
    expect(rows).toEqual([
      ['sponsor', 418],
      ['partner', 190],
      ['speaker', 64],
      ['expert', 23],
      ['exhibitor', 19],
      ['associate', 14],
      ['attendee', 9],
      ['organizer', 5],
    ]);
  });

  it('places Marina Bay Sands, Suntec and Singapore EXPO events in Singapore', () => {
    const venues = db
      .prepare(
        "SELECT venue, country, city FROM events WHERE venue LIKE '%Marina Bay Sands%' OR venue LIKE '%Suntec%' OR venue LIKE '%Singapore EXPO%'",
      )
      .all() as { venue: string; country: string | null }[];
    expect(venues.length).toBeGreaterThan(30);
    for (const v of venues) expect(v.country, v.venue).toBe('Singapore');
    expect(one("SELECT country FROM events WHERE name LIKE '11th Middle East Insurance%' LIMIT 1")).toBe(
      'United Arab Emirates',
    );
  });

  it('derives durations and keeps missing end dates empty', () => {
    expect(one('SELECT count(*) FROM events WHERE end_date IS NULL')).toBe(2);
    expect(one('SELECT count(*) FROM events WHERE end_date IS NULL AND duration_days IS NOT NULL')).toBe(0);
    expect(
      one('SELECT count(*) FROM events WHERE duration_days != julianday(end_date) - julianday(start_date) + 1'),
    ).toBe(0);
  });

  it('tags events by industry from their names and descriptions', () => {
    expect(one('SELECT count(*) FROM tags')).toBeGreaterThan(5);
    const oilGas = all<string>(
      "SELECT e.name FROM events e JOIN event_tags t ON t.event_id = e.id WHERE t.tag = 'oil_gas'",
    );
    expect(oilGas).toEqual(expect.arrayContaining(['Asian Downstream Summit', 'Asian Refining Technology Conference']));
  });

  it('classifies job titles: Salesforce Administrator is not sales, Strategic Account Executive is', () => {
    const fn = (title: string) =>
      all<string | null>('SELECT DISTINCT job_function FROM people WHERE job_title = ?', title);
    expect(fn('Salesforce Administrator').length).toBeGreaterThan(0);
    expect(fn('Salesforce Administrator')).not.toContain('sales');
    expect(fn('Strategic Account Executive')).toEqual(['sales']);
    expect(one("SELECT count(*) FROM people WHERE job_function = 'sales'")).toBeGreaterThan(300);
  });

  it('keeps every job function of a title: "Director of Sales and Marketing" is sales and marketing', () => {
    const fns = (title: string) =>
      all<string>(
        'SELECT DISTINCT f.job_function FROM people p JOIN person_job_functions f ON f.person_id = p.id WHERE p.job_title = ? ORDER BY f.position',
        title,
      );
    expect(fns('Director of Sales and Marketing')).toEqual(['sales', 'marketing']);
    expect(fns('Salesforce Administrator')).not.toContain('sales');
    // position 0 is people.job_function, for every person with one
    expect(
      one(
        `SELECT count(*) FROM people p WHERE (p.job_function IS NULL) <> NOT EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id)
           OR EXISTS (SELECT 1 FROM person_job_functions f WHERE f.person_id = p.id AND f.position = 0 AND f.job_function <> p.job_function)`,
      ),
    ).toBe(0);
    expect(one("SELECT count(*) FROM person_job_functions WHERE job_function = 'marketing'")).toBeGreaterThan(
      one("SELECT count(*) FROM people WHERE job_function = 'marketing'"),
    );
  });

  it('builds e-mails from the pattern and the company domain', () => {
    const rows = db
      .prepare(
        "SELECT first_name, surname, email_pattern, company_domain, email FROM people WHERE email_pattern = '[first].[last]' AND email IS NOT NULL LIMIT 50",
      )
      .all() as { email: string; company_domain: string }[];
    expect(rows.length).toBe(50);
    for (const r of rows)
      expect(r.email).toMatch(new RegExp(`^[a-z]+\\.[a-z]+@${r.company_domain.replace(/\./g, '\\.')}$`));
    expect(one('SELECT count(*) FROM people WHERE email_pattern IS NULL AND email IS NOT NULL')).toBe(0);
  });

  it('parses employee bands, head counts and revenue strings', () => {
    expect(
      db
        .prepare("SELECT DISTINCT employees_min, employees_max FROM companies WHERE employees_raw = '10,001+'")
        .raw()
        .all(),
    ).toEqual([[10001, null]]);
    expect(
      db
        .prepare(
          "SELECT DISTINCT employees_min, employees_max FROM companies WHERE employees_raw = '1,001-5,000 employees'",
        )
        .raw()
        .all(),
    ).toEqual([[1001, 5000]]);
    expect(
      db.prepare("SELECT DISTINCT revenue_usd FROM companies WHERE revenue_raw = '$2 million'").pluck().all(),
    ).toEqual([2_000_000]);
    expect(one('SELECT count(*) FROM companies WHERE revenue_raw IS NOT NULL AND revenue_usd IS NULL')).toBe(0);
  });

  it('normalises person countries and links people to companies', () => {
    expect(all("SELECT DISTINCT country FROM people WHERE country_raw IN ('US', 'USA', 'United States')")).toEqual([
      'United States',
    ]);
    expect(one('SELECT count(*) FROM people WHERE company_id IS NULL')).toBe(0);
    expect(one('SELECT count(*) FROM people WHERE surname IS NULL')).toBeGreaterThan(0);
    expect(
      one(
        'SELECT count(*) FROM people WHERE last_name IS NULL AND middle_name IS NOT NULL AND surname IS NOT middle_name',
      ),
    ).toBe(0);
  });

  it('is idempotent: re-running the same input changes no data', async () => {
    const before = dumpData(db);
    const again = await ingestCsvFolder({ from: realDataDir, db: file });
    for (const f of again.files) expect(f, f.file).toMatchObject({ inserted: 0, updated: 0, rejected: 0 });
    expect(again.participations).toMatchObject({ inserted: 0, updated: 0 });
    expect(dumpData(db)).toEqual(before);
  });
});
