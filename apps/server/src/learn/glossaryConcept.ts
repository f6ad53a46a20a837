import { z } from 'zod';

import { COMPARE_COLUMNS, JOB_FUNCTION_VALUES, SENIORITY_VALUES, type GlossaryConcept } from '@musaeid/core';

import { GlossaryConceptError } from '../errors';
import type { SqlClient } from '../store/SqlClient';

const names = (what: string) =>
  z
    .array(z.string().trim().min(1, `must not be empty`).max(200))
    .min(1, `name at least one ${what}`)
    .max(50, `at most 50 ${what}s`);

/** What a glossary term may mean (input): each kind is checked against the data when saved. */
export const conceptInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tag'), tags: names('event theme (tag or its label)') }),
  z.strictObject({ kind: z.literal('industry'), industries: names('industry') }),
  z.strictObject({ kind: z.literal('countries'), countries: names('country') }),
  z.strictObject({ kind: z.literal('jobFunction'), values: z.array(z.enum(JOB_FUNCTION_VALUES)).min(1) }),
  z.strictObject({ kind: z.literal('seniority'), values: z.array(z.enum(SENIORITY_VALUES)).min(1) }),
  z.strictObject({ kind: z.literal('events'), names: names('event') }),
  z.strictObject({ kind: z.literal('companies'), names: names('company') }),
  z.strictObject({
    kind: z.literal('compare'),
    column: z.enum(COMPARE_COLUMNS),
    op: z.enum(['>', '<']),
    value: z.number().finite().nonnegative(),
  }),
  z.strictObject({ kind: z.literal('phrase'), text: z.string().trim().min(1, 'must not be empty').max(200) }),
]);
export type ConceptInput = z.infer<typeof conceptInputSchema>;

/** A stored concept (as the engine reads it: tags carry their labels). */
export const conceptSchema = z.union([
  z.object({ kind: z.literal('tag'), tags: z.array(z.string()), labels: z.array(z.string()) }),
  ...conceptInputSchema.options.filter((o) => o.shape.kind.value !== 'tag'),
]);

/**
 * Each name as the data spells it (matched without regard to case), or a {@link GlossaryConceptError}
 * naming every one the data does not have.
 */
async function canonical(db: SqlClient, what: string, wanted: readonly string[], sql: string): Promise<string[]> {
  const found: string[] = [];
  const missing: string[] = [];
  for (const name of wanted) {
    const hit = (await db.get<{ name: string }>(sql, [name]))?.name;
    if (hit === undefined) missing.push(name);
    else if (!found.includes(hit)) found.push(hit);
  }
  if (missing.length > 0)
    throw new GlossaryConceptError(
      `concept: no ${what} ${missing.map((m) => JSON.stringify(m)).join(', ')} in the data`,
    );
  return found;
}

/**
 * The concept checked against the data (SQLite file of the server, data tables): tags, industries,
 * countries, events and companies must exist; names are stored as the data spells them.
 */
export async function validateConcept(db: SqlClient, concept: ConceptInput): Promise<GlossaryConcept> {
  switch (concept.kind) {
    case 'tag': {
      const tags = await canonical(
        db,
        'event theme',
        concept.tags,
        `SELECT "tag" AS name FROM "tags" WHERE lower(CAST(? AS TEXT)) IN ("tag", lower("label")) LIMIT 1`,
      );
      const labels: string[] = [];
      for (const tag of tags)
        labels.push(
          (await db.get<{ label: string }>('SELECT "label" FROM "tags" WHERE "tag" = ?', [tag]))?.label ?? tag,
        );
      return { kind: 'tag', tags, labels };
    }
    case 'industry':
      return {
        kind: 'industry',
        industries: await canonical(
          db,
          'industry',
          concept.industries,
          `SELECT "industry" AS name FROM "company_industries" WHERE lower("industry") = lower(CAST(? AS TEXT)) LIMIT 1`,
        ),
      };
    case 'countries':
      return {
        kind: 'countries',
        countries: await canonical(
          db,
          'country',
          concept.countries,
          `SELECT "country" AS name FROM (SELECT "country" FROM "events" UNION SELECT "country" FROM "companies") AS c
           WHERE lower("country") = lower(CAST(? AS TEXT)) LIMIT 1`,
        ),
      };
    case 'events':
      return {
        kind: 'events',
        names: await canonical(
          db,
          'event',
          concept.names,
          `SELECT "name" FROM "events" WHERE lower("name") = lower(CAST(? AS TEXT)) LIMIT 1`,
        ),
      };
    case 'companies':
      return {
        kind: 'companies',
        names: await canonical(
          db,
          'company',
          concept.names,
          `SELECT "name" FROM "companies" WHERE lower("name") = lower(CAST(? AS TEXT)) LIMIT 1`,
        ),
      };
    case 'jobFunction':
    case 'seniority':
    case 'compare':
    case 'phrase':
      return concept;
  }
}
