import { z } from 'zod';

import { COMPARE_COLUMNS, JOB_FUNCTION_VALUES, SENIORITY_VALUES, type GlossaryConcept } from '@musaeid/core';

import { GlossaryConceptError } from '../errors';
import type { Db } from '../store/Db';

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
function canonical(db: Db, what: string, wanted: readonly string[], sql: string): string[] {
  const found: string[] = [];
  const missing: string[] = [];
  const statement = db.prepare(sql).pluck();
  for (const name of wanted) {
    const hit = statement.get(name) as string | undefined;
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
export function validateConcept(db: Db, concept: ConceptInput): GlossaryConcept {
  switch (concept.kind) {
    case 'tag': {
      const tags = canonical(
        db,
        'event theme',
        concept.tags,
        `SELECT "tag" FROM "tags" WHERE lower(?) IN ("tag", lower("label")) LIMIT 1`,
      );
      const label = db.prepare('SELECT "label" FROM "tags" WHERE "tag" = ?').pluck();
      return { kind: 'tag', tags, labels: tags.map((t) => label.get(t) as string) };
    }
    case 'industry':
      return {
        kind: 'industry',
        industries: canonical(
          db,
          'industry',
          concept.industries,
          `SELECT "industry" FROM "company_industries" WHERE lower("industry") = lower(?) LIMIT 1`,
        ),
      };
    case 'countries':
      return {
        kind: 'countries',
        countries: canonical(
          db,
          'country',
          concept.countries,
          `SELECT "country" FROM (SELECT "country" FROM "events" UNION SELECT "country" FROM "companies")
           WHERE lower("country") = lower(?) LIMIT 1`,
        ),
      };
    case 'events':
      return {
        kind: 'events',
        names: canonical(
          db,
          'event',
          concept.names,
          `SELECT "name" FROM "events" WHERE lower("name") = lower(?) LIMIT 1`,
        ),
      };
    case 'companies':
      return {
        kind: 'companies',
        names: canonical(
          db,
          'company',
          concept.names,
          `SELECT "name" FROM "companies" WHERE lower("name") = lower(?) LIMIT 1`,
        ),
      };
    case 'jobFunction':
    case 'seniority':
    case 'compare':
    case 'phrase':
      return concept;
  }
}
