import type { Db } from '../store/Db';

export interface Suggestion {
  question: string;
  topic: 'events' | 'companies' | 'people';
}

function values(db: Db, sql: string, params: unknown[] = []): string[] {
  try {
    return (
      db
        .prepare(sql)
        .raw()
        .all(...params) as unknown[][]
    )
      .map((row) => row[0])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    return []; // a data table that does not exist yet: no suggestion from it
  }
}

/**
 * Example questions the current data can answer, filled with real values from it (upcoming
 * event names, the commonest event countries and tags, company industries, job functions).
 */
export function suggestQuestions(db: Db, opts: { today: string; max?: number }): Suggestion[] {
  const out: Suggestion[] = [];
  const upcoming = values(
    db,
    'SELECT "name" FROM "events" WHERE "start_date" >= ? ORDER BY "start_date", "id" LIMIT 2',
    [opts.today],
  );
  const busiest = values(
    db,
    `SELECT e."name" FROM "events" e JOIN "participations" p ON p."event_id" = e."id"
     GROUP BY e."id" ORDER BY count(*) DESC, e."id" LIMIT 1`,
  );
  const sponsored = values(
    db,
    `SELECT e."name" FROM "events" e JOIN "participations" p ON p."event_id" = e."id" AND p."relation" = 'sponsor'
     GROUP BY e."id" ORDER BY count(*) DESC, e."id" LIMIT 1`,
  );
  const countries = values(
    db,
    'SELECT "country" FROM "events" WHERE "country" IS NOT NULL GROUP BY "country" ORDER BY count(*) DESC, "country" LIMIT 2',
  );
  const tags = values(
    db,
    `SELECT t."label" FROM "event_tags" et JOIN "tags" t ON t."tag" = et."tag"
     GROUP BY t."tag" ORDER BY count(*) DESC, t."tag" LIMIT 1`,
  );
  const industries = values(
    db,
    'SELECT "industry" FROM "company_industries" GROUP BY "industry" ORDER BY count(*) DESC, "industry" LIMIT 1',
  );
  const companyCountries = values(
    db,
    'SELECT "country" FROM "companies" WHERE "country" IS NOT NULL GROUP BY "country" ORDER BY count(*) DESC LIMIT 1',
  );

  if (upcoming.length > 0) out.push({ question: 'Which events take place in the next 3 months?', topic: 'events' });
  for (const country of countries) out.push({ question: `Which events are held in ${country}?`, topic: 'events' });
  for (const tag of tags) out.push({ question: `Which ${tag} events are coming up?`, topic: 'events' });
  for (const event of [...sponsored, ...busiest].slice(0, 2)) {
    out.push({
      question: sponsored.includes(event)
        ? `Which companies are sponsoring ${event}?`
        : `Which companies are attending ${event}?`,
      topic: 'companies',
    });
  }
  for (const industry of industries) {
    out.push({ question: `How many ${industry} companies have more than 500 employees?`, topic: 'companies' });
  }
  for (const country of companyCountries)
    out.push({ question: `Which companies are based in ${country}?`, topic: 'companies' });
  const event = sponsored[0] ?? busiest[0] ?? upcoming[0];
  if (event) out.push({ question: `Who works in sales at the companies attending ${event}?`, topic: 'people' });
  out.push({ question: 'How many people hold C-level titles?', topic: 'people' });
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.question) && seen.add(s.question)).slice(0, opts.max ?? 8);
}
