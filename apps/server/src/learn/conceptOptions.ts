import { COMPARE_COLUMNS, JOB_FUNCTION_VALUES, SENIORITY_VALUES } from '@musaeid/core';
import { z } from 'zod';

import type { Db } from '../store/Db';

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

/** The data's values of a kind, matching `search` anywhere (case-insensitive), `?` bound twice. */
const DATA_SQL: Record<Exclude<OptionKind, 'jobFunction' | 'seniority' | 'compareColumn'>, string> = {
  tag: `SELECT "tag" AS value, "label" AS label FROM "tags"
        WHERE instr(lower("tag"), lower(?)) > 0 OR instr(lower("label"), lower(?)) > 0 ORDER BY "label" LIMIT ?`,
  industry: `SELECT DISTINCT "industry" AS value, "industry" AS label FROM "company_industries"
             WHERE instr(lower("industry"), lower(?)) > 0 OR ? = '' ORDER BY "industry" LIMIT ?`,
  countries: `SELECT "country" AS value, "country" AS label
              FROM (SELECT "country" FROM "events" UNION SELECT "country" FROM "companies")
              WHERE "country" IS NOT NULL AND (instr(lower("country"), lower(?)) > 0 OR ? = '') ORDER BY "country" LIMIT ?`,
  events: `SELECT DISTINCT "name" AS value, "name" AS label FROM "events"
           WHERE instr(lower("name"), lower(?)) > 0 OR ? = '' ORDER BY "name" LIMIT ?`,
  companies: `SELECT DISTINCT "name" AS value, "name" AS label FROM "companies"
              WHERE instr(lower("name"), lower(?)) > 0 OR ? = '' ORDER BY "name" LIMIT ?`,
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
export function conceptOptions(db: Db, kind: OptionKind, search: string, limit: number): ConceptOption[] {
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
      return db.prepare(DATA_SQL[kind]).all(search, search, limit) as ConceptOption[];
  }
}
