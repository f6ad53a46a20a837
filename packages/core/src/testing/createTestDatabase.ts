import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The contract's data tables plus the app tables, for tests (no ORM, plain DDL). */
export const TEST_SCHEMA_SQL = `
CREATE TABLE events (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, name TEXT NOT NULL, start_date TEXT, end_date TEXT,
  duration_days INTEGER, venue TEXT, venue_group TEXT, city TEXT, country TEXT, country_code TEXT, location_source TEXT, event_country_raw TEXT,
  description TEXT, logo_url TEXT);
CREATE TABLE tags (tag TEXT PRIMARY KEY, label TEXT NOT NULL, description TEXT);
CREATE TABLE event_tags (event_id INTEGER NOT NULL REFERENCES events(id), tag TEXT NOT NULL REFERENCES tags(tag), PRIMARY KEY (event_id, tag));
CREATE TABLE companies (id INTEGER PRIMARY KEY, domain TEXT NOT NULL UNIQUE, name TEXT NOT NULL, homepage_url TEXT, linkedin_url TEXT,
  logo_url TEXT, phone TEXT, founded_year INTEGER, address TEXT, city TEXT, state TEXT, country_code TEXT, country TEXT,
  employees_raw TEXT, employees_min INTEGER, employees_max INTEGER, revenue_raw TEXT, revenue_usd REAL, industry TEXT,
  industries TEXT, overview TEXT);
CREATE TABLE company_industries (company_id INTEGER NOT NULL REFERENCES companies(id), industry TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (company_id, industry));
CREATE TABLE participations (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id), company_id INTEGER NOT NULL REFERENCES companies(id),
  relation TEXT NOT NULL, logo_url_on_event_page TEXT, logo_match TEXT, UNIQUE (event_id, company_id, relation));
CREATE TABLE people (id INTEGER PRIMARY KEY, company_id INTEGER REFERENCES companies(id), company_domain TEXT NOT NULL,
  first_name TEXT NOT NULL, middle_name TEXT, last_name TEXT, surname TEXT, full_name TEXT NOT NULL, identity_key TEXT NOT NULL UNIQUE,
  job_title TEXT, job_function TEXT, seniority TEXT, city TEXT, state TEXT, country_raw TEXT, country TEXT, country_code TEXT,
  email_pattern TEXT, email TEXT, duration_in_current_job TEXT, duration_in_current_company TEXT);
CREATE TABLE person_job_functions (person_id INTEGER NOT NULL REFERENCES people(id), job_function TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (person_id, job_function));
CREATE TABLE ingest_runs (id INTEGER PRIMARY KEY, started_at TEXT, finished_at TEXT, source TEXT, summary TEXT);
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, password_hash TEXT NOT NULL, is_admin INTEGER NOT NULL DEFAULT 0);
CREATE TABLE api_keys (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, key_hash TEXT NOT NULL);
CREATE TABLE chats (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, title TEXT);
CREATE TABLE messages (id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, content TEXT);
`;

/** A small database in a fresh temp dir; `people` x `companies` sized so a triple cross join is a runaway. */
export interface TestDatabase {
  dir: string;
  file: string;
  hash(): string;
  cleanup(): void;
}

/**
 * Creates a SQLite file with the contract's layout and deterministic rows: 4 events (two in
 * Singapore), 3 tags, `companies` companies (one with revenue "$5 million" and a "$&" overview),
 * participations, and `people` people.
 */
export function createTestDatabase(options: { people?: number; companies?: number } = {}): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'musaeid-core-'));
  const file = path.join(dir, 'test.db');
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.exec(TEST_SCHEMA_SQL);
  const companies = options.companies ?? 200;
  const people = options.people ?? 2000;
  db.transaction(() => {
    const ev = db.prepare(
      'INSERT INTO events (id, url, name, start_date, end_date, duration_days, venue, city, country, country_code) VALUES (?,?,?,?,?,?,?,?,?,?)',
    );
    ev.run(
      1,
      'https://a.example/',
      'Asia Energy Summit',
      '2025-02-25',
      '2025-02-26',
      2,
      'Marina Bay Sands',
      'Singapore',
      'Singapore',
      'SG',
    );
    ev.run(
      2,
      'https://b.example/',
      'Fintech Week London',
      '2024-11-13',
      '2024-11-15',
      3,
      'ExCeL',
      'London',
      'United Kingdom',
      'GB',
    );
    ev.run(
      3,
      'https://c.example/',
      'Food Asia Expo',
      '2024-07-06',
      '2024-07-06',
      1,
      'Suntec',
      'Singapore',
      'Singapore',
      'SG',
    );
    ev.run(
      4,
      'https://d.example/',
      'Oil & Gas Texas',
      '2025-05-01',
      null,
      null,
      null,
      'Houston',
      'United States',
      'US',
    );
    db.prepare(
      "INSERT INTO tags VALUES ('oil_gas','Oil & Gas',NULL),('finance_banking','Finance & Banking',NULL),('food_beverage','Food & Beverage',NULL)",
    ).run();
    db.prepare(
      "INSERT INTO event_tags VALUES (1,'oil_gas'),(2,'finance_banking'),(3,'food_beverage'),(4,'oil_gas')",
    ).run();
    const co = db.prepare(
      'INSERT INTO companies (id, domain, name, country, revenue_raw, revenue_usd, industry, overview, employees_min, employees_max) VALUES (?,?,?,?,?,?,?,?,?,?)',
    );
    co.run(
      1,
      'acme.com',
      'Acme Energy',
      'Singapore',
      '$5 million',
      5e6,
      'Oil and Gas',
      'Revenue of $5 million; uses $& and $$ in text',
      51,
      200,
    );
    co.run(2, 'bank.co.uk', 'Bank of Tests', 'United Kingdom', '$2 billion', 2e9, 'Banking', 'A bank', 10001, null);
    for (let i = 3; i <= companies; i++)
      co.run(
        i,
        `c${i}.example`,
        `Company ${i}`,
        i % 2 ? 'Singapore' : 'United States',
        null,
        null,
        'IT Services',
        null,
        11,
        50,
      );
    const pa = db.prepare('INSERT INTO participations (event_id, company_id, relation) VALUES (?,?,?)');
    pa.run(1, 1, 'sponsor');
    pa.run(2, 2, 'sponsor');
    pa.run(1, 2, 'exhibitor');
    for (let i = 3; i <= Math.min(companies, 40); i++) pa.run((i % 4) + 1, i, i % 3 ? 'attendee' : 'speaker');
    const pe = db.prepare(
      'INSERT INTO people (id, company_id, company_domain, first_name, last_name, surname, full_name, identity_key, job_title, job_function, seniority, country, email) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
    );
    for (let i = 1; i <= people; i++) {
      const companyId = (i % companies) + 1;
      pe.run(
        i,
        companyId,
        companyId === 1 ? 'acme.com' : `c${companyId}.example`,
        `First${i}`,
        `Last${i}`,
        `Last${i}`,
        `First${i} Last${i}`,
        `first${i}|last${i}|c${companyId}`,
        i % 10 === 0 ? 'Chief Executive Officer' : 'Engineer',
        i % 10 === 0 ? 'executive' : 'engineering',
        i % 10 === 0 ? 'c_level' : 'senior',
        i % 2 ? 'Singapore' : 'United States',
        `first${i}@c${companyId}.example`,
      );
    }
    db.exec(
      'INSERT INTO person_job_functions (person_id, job_function, position) SELECT id, job_function, 0 FROM people',
    );
    db.prepare(
      "INSERT INTO users (email, password_hash, is_admin) VALUES ('admin@example.com', 'secret-hash', 1)",
    ).run();
    db.prepare("INSERT INTO api_keys (user_id, key_hash) VALUES (1, 'key-hash')").run();
  })();
  db.close();
  return {
    dir,
    file,
    hash: () => createHash('sha256').update(readFileSync(file)).digest('hex'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
