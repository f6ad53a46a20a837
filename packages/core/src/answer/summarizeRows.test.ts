import { describe, expect, it } from 'vitest';
import { summarizeRows } from './summarizeRows';

describe('summarizeRows', () => {
  it('says when nothing matched', () => {
    expect(summarizeRows({ interpretation: 'events in Atlantis', columns: ['name'], rows: [] })).toBe(
      'No results for events in Atlantis: nothing in the data matches.',
    );
  });
  it('states a single value', () => {
    expect(summarizeRows({ interpretation: 'number of events', columns: ['count(*)'], rows: [[1234]] })).toBe(
      'The answer for number of events is 1,234.',
    );
  });
  it('writes the years of a year column as years, other numbers with separators', () => {
    expect(
      summarizeRows({
        interpretation: 'companies named Acme',
        columns: ['founded_year', 'age_years', 'revenue_usd'],
        rows: [[1848, 176, 1500000]],
      }),
    ).toBe('Found 1 result for companies named Acme: founded year: 1848; age years: 176; revenue usd: 1,500,000.');
    expect(summarizeRows({ interpretation: 'the earliest year', columns: ['founded_year'], rows: [[1790]] })).toBe(
      'The answer for the earliest year is 1790.',
    );
  });
  it('describes a single row field by field', () => {
    expect(
      summarizeRows({
        interpretation: null,
        columns: ['name', 'revenue_usd'],
        rows: [['Acme', 5e6]],
      }),
    ).toBe('Found 1 result: name: Acme; revenue usd: 5,000,000.');
  });
  it('lists the first names, with counts when grouped, and counts the whole result beyond the first page', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`Company ${i + 1}`, 12 - i]);
    const input = { interpretation: 'companies by events', columns: ['name', 'events'], rows, listLimit: 3 };
    expect(summarizeRows(input)).toBe(
      'Found 12 results for companies by events: Company 1 (12), Company 2 (11), Company 3 (10) and 9 more.',
    );
    expect(summarizeRows({ ...input, rowCount: 5000 })).toBe(
      'Found 5,000 results for companies by events: Company 1 (12), Company 2 (11), Company 3 (10) and 4,997 more.',
    );
    expect(summarizeRows({ ...input, rowCount: 100_000, rowCountExact: false })).toBe(
      'Found at least 100,000 results for companies by events: Company 1 (12), Company 2 (11), Company 3 (10) and 99,997 more.',
    );
  });
  it('names the group of rows with no known value "unknown", counted like the others', () => {
    const input = {
      interpretation: 'sponsors, counted by country, those with no known country as one group',
      columns: ['country', 'companies'],
      rows: [
        [null, 25],
        ['United States', 11],
        ['Canada', 4],
      ],
    };
    expect(summarizeRows(input)).toBe(
      'Found 3 results for sponsors, counted by country, those with no known country as one group: unknown (25), United States (11) and Canada (4).',
    );
  });

  it('prefers a name column', () => {
    expect(
      summarizeRows({
        interpretation: null,
        columns: ['id', 'full_name'],
        rows: [
          [1, 'Ann Lee'],
          [2, 'Bo Chan'],
        ],
      }),
    ).toBe('Found 2 results: Ann Lee and Bo Chan.');
  });

  it('names companies and events by name, not by domain or URL (the compiler labels them company / event)', () => {
    expect(
      summarizeRows({
        interpretation: null,
        columns: ['company', 'domain', 'country'],
        rows: [
          ['Accor', 'accor.com', 'France'],
          ['15below', '15below.com', null],
        ],
      }),
    ).toBe('Found 2 results: Accor and 15below.');
    expect(
      summarizeRows({
        interpretation: null,
        columns: ['event_url', 'event', 'start_date'],
        rows: [
          ['https://a.example/', 'AHICE 2024', '2024-09-01'],
          ['https://b.example/', 'Cloud Expo', '2024-10-09'],
        ],
      }),
    ).toBe('Found 2 results: AHICE 2024 and Cloud Expo.');
  });
});
