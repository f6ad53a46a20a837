import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';

import { CSV_FILES } from '../ingest/csvFiles';
import { openSqlite } from '../openSqlite';
import { hasRealData, makeTmp, realDataDir, removeTmp } from '@musaeid/testkit';
import { sha256File } from '../testing';
import { generateDemoData } from './generateDemoData';
import { seedDemoDatabase } from './seedDemoDatabase';

const root = makeTmp();
afterAll(() => removeTmp(root));
const FILES = [CSV_FILES.events.file, CSV_FILES.companies.file, CSV_FILES.people.file];
const today = '2026-03-10';

describe('generateDemoData', () => {
  it('is deterministic: same seed and day, same bytes; another seed, other data', async () => {
    const [x, y, z] = ['x', 'y', 'z'].map((d) => path.join(root, d)) as [string, string, string];
    await generateDemoData({ outDir: x, seed: 5, people: 500, today });
    await generateDemoData({ outDir: y, seed: 5, people: 500, today });
    await generateDemoData({ outDir: z, seed: 6, people: 500, today });
    for (const f of FILES) {
      expect(sha256File(path.join(x, f)), f).toBe(sha256File(path.join(y, f)));
      expect(sha256File(path.join(x, f)), f).not.toBe(sha256File(path.join(z, f)));
    }
  });

  it('writes exactly the headers of the real files', async () => {
    const dir = path.join(root, 'x');
    for (const [kind, spec] of Object.entries(CSV_FILES)) {
      const header = fs.readFileSync(path.join(dir, spec.file), 'utf8').split('\n')[0];
      expect(header, kind).toBe(spec.columns.join(','));
      if (hasRealData)
        expect(header).toBe(
          fs.readFileSync(path.join(realDataDir, spec.file), 'utf8').split('\n')[0]?.replace(/\r$/, ''),
        );
    }
  });

  it("has the real files' messiness", async () => {
    const dir = path.join(root, 'x');
    const people = fs.readFileSync(path.join(dir, CSV_FILES.people.file), 'utf8');
    const companies = fs.readFileSync(path.join(dir, CSV_FILES.companies.file), 'utf8');
    const events = fs.readFileSync(path.join(dir, CSV_FILES.events.file), 'utf8');
    for (const spelling of [',US,', ',United States,', ',USA,']) expect(people).toContain(spelling);
    const rows = people
      .split('\n')
      .slice(1)
      .filter((l) => l !== '');
    expect(new Set(rows).size).toBeLessThan(rows.length); // exact duplicate rows
    expect(companies).toMatch(/,\d+\.0,/); // head counts
    expect(companies).toMatch(/\$\d+ million/);
    expect(companies).toMatch(/\$\d+(\.\d)? billion/);
    expect(companies).toContain('1,001-5,000 employees');
    expect(events).toMatch(/Marina Bay Sands|Suntec|Singapore EXPO/);
    const eventRows = parse<Record<string, string>>(events, { columns: true });
    expect(
      eventRows.filter(
        (r) => r.event_country === '' && /Marina Bay Sands|Suntec|Singapore EXPO/.test(r.event_venue ?? ''),
      ).length,
    ).toBeGreaterThan(0);
    expect(eventRows.some((r) => r.event_end_date === '' || r.event_venue === '')).toBe(true);
    expect(people).toContain('Salesforce Administrator');
  });

  it('ingests cleanly through the real path, with past and upcoming events', async () => {
    const file = path.join(root, 'demo.db');
    const report = await seedDemoDatabase({ db: file, seed: 5, people: 2000, today });
    for (const f of report.files) expect(f.rejected, f.file).toBe(0);
    expect(report.files.find((f) => f.file === 'people_info.csv')?.merged).toBeGreaterThan(0);
    const db = openSqlite(file, { readonly: true });
    try {
      const one = (sql: string, ...p: unknown[]) =>
        db
          .prepare(sql)
          .pluck()
          .get(...p) as number;
      expect(
        one("SELECT count(*) FROM events WHERE start_date >= ? AND start_date <= date(?, '+12 months')", today, today),
      ).toBeGreaterThan(5);
      expect(one('SELECT count(*) FROM events WHERE start_date < ?', today)).toBeGreaterThan(5);
      // Last calendar year is covered, so "events per month in <last year>" has something to chart.
      const lastYear = String(Number(today.slice(0, 4)) - 1);
      expect(one('SELECT count(*) FROM events WHERE substr(start_date, 1, 4) = ?', lastYear)).toBeGreaterThan(5);
      expect(one("SELECT count(*) FROM events WHERE country = 'Singapore'")).toBeGreaterThan(5);
      expect(one("SELECT count(*) FROM people WHERE job_function = 'sales'")).toBeGreaterThan(50);
      // Titles joining two roles give people a second function (and a recruiter of sales people none in sales).
      expect(
        one(
          "SELECT count(*) FROM people p JOIN person_job_functions f ON f.person_id = p.id WHERE p.job_function = 'sales' AND f.job_function = 'marketing'",
        ),
      ).toBeGreaterThan(0);
      expect(
        one(
          "SELECT count(*) FROM people p JOIN person_job_functions f ON f.person_id = p.id WHERE p.job_title LIKE '%Recruiter%' AND f.job_function = 'sales'",
        ),
      ).toBe(0);
      expect(one('SELECT count(*) FROM people WHERE email IS NOT NULL')).toBeGreaterThan(100);
      expect(one('SELECT count(*) FROM companies WHERE revenue_usd IS NOT NULL')).toBeGreaterThan(10);
      expect(one('SELECT count(*) FROM event_tags')).toBeGreaterThan(10);
    } finally {
      db.close();
    }
  });
});
