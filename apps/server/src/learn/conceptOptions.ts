import { COMPARE_COLUMNS, JOB_FUNCTION_VALUES, SENIORITY_VALUES } from '@musaeid/core';
import { z } from 'zod';

import type { SqlClient } from '../store/SqlClient';

/** The kinds of glossary concept whose values come from a list (the data's, or the engine's own). */
export const optionKindSchema = z.enum([
  'tag',
  'industry',
  'countries',
  'events',
  'companies',
  'jobFunction',
  'seniority',
  'compareColumn',
]);
export type OptionKind = z.infer<typeof optionKindSchema>;

export interface ConceptOption {
  /** What the concept stores (and `glossary.upsert` takes). */
  value: string;
  /** What a person reads (a tag's label; otherwise the value). */
  label: string;
}

/**
 * The data's values of a kind, matching `search` anywhere (case-insensitive), `?` bound twice.
 * `contains(a, b)` is the position of b in a (SQLite's instr, PostgreSQL's strpos).
 */
const dataSql = (
  kind: Exclude<OptionKind, 'jobFunction' | 'seniority' | 'compareColumn'>,
  contains: (a: string, b: string) => string,
): string => {
  const search = 'lower(CAST(? AS TEXT))';
  switch (kind) {
    case 'tag':
      return `SELECT "tag" AS value, "label" AS label FROM "tags"
        WHERE ${contains('lower("tag")', search)} > 0 OR ${contains('lower("label")', search)} > 0 ORDER BY "label" LIMIT ?`;
    case 'industry':
      return `SELECT DISTINCT "industry" AS value, "industry" AS label FROM "company_industries"
             WHERE ${contains('lower("industry")', search)} > 0 OR ? = '' ORDER BY "industry" LIMIT ?`;
    case 'countries':
      return `SELECT "country" AS value, "country" AS label
              FROM (SELECT "country" FROM "events" UNION SELECT "country" FROM "companies") AS c
              WHERE "country" IS NOT NULL AND (${contains('lower("country")', search)} > 0 OR ? = '') ORDER BY "country" LIMIT ?`;
    case 'events':
      return `SELECT DISTINCT "name" AS value, "name" AS label FROM "events"
           WHERE ${contains('lower("name")', search)} > 0 OR ? = '' ORDER BY "name" LIMIT ?`;
    case 'companies':
      return `SELECT DISTINCT "name" AS value, "name" AS label FROM "companies"
              WHERE ${contains('lower("name")', search)} > 0 OR ? = '' ORDER BY "name" LIMIT ?`;
  }
};

const fixed = (values: readonly string[], search: string, limit: number): ConceptOption[] =>
  values
    .filter((v) => v.toLowerCase().includes(search.toLowerCase()))
    .slice(0, limit)
    .map((value) => ({ value, label: value.replace(/_/g, ' ') }));

/**
 * The values a glossary concept of this kind may name, for a form to pick from: the data's tags,
 * industries, countries, events and companies (those `validateConcept` accepts), or the engine's
 * own job functions, seniorities and comparable columns.
 */
export async function conceptOptions(
  db: SqlClient,
  kind: OptionKind,
  search: string,
  limit: number,
): Promise<ConceptOption[]> {
  switch (kind) {
    case 'jobFunction':
      return fixed(JOB_FUNCTION_VALUES, search, limit);
    case 'seniority':
      return fixed(SENIORITY_VALUES, search, limit);
    case 'compareColumn':
      return fixed(COMPARE_COLUMNS, search, limit);
    case 'tag':
    case 'industry':
    case 'countries':
    case 'events':
    case 'companies':
      return db.all<ConceptOption>(
        dataSql(kind, (a, b) => (db.dialect === 'sqlite' ? `instr(${a}, ${b})` : `strpos(${a}, ${b})`)),
        [search, search, limit],
      );
  }
}
