import type { Answer } from '../types/Answer';

/** An example question the data can answer, with what it is about. */
export interface Suggestion {
  question: string;
  topic: 'events' | 'companies' | 'people';
}

/** Runs one read-only statement and returns its rows (the engine's executor). */
export type ReadRows = (sql: string, params: unknown[]) => Promise<unknown[][]>;
/** Answers a question as of a date (the engine's own `ask`). */
export type AskAt = (question: string, asOf: string) => Promise<Answer>;

/** Most suggestions computed (callers take the first few). */
const MAX_SUGGESTIONS = 10;

async function values(read: ReadRows, sql: string, params: unknown[] = []): Promise<string[]> {
  try {
    return (await read(sql, params))
      .map((row) => row[0])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    return []; // a data table that does not exist (yet): no candidate from it
  }
}

/**
 * Candidate questions filled with the data's own values: upcoming events, the commonest event
 * countries and tags, the events with most sponsors or participants, company industries and countries.
 */
async function candidates(read: ReadRows, asOf: string): Promise<Suggestion[]> {
  const [upcoming, busiest, sponsored, countries, tags, industries, companyCountries] = await Promise.all([
    values(read, 'SELECT "name" FROM "events" WHERE "start_date" >= ? ORDER BY "start_date", "id" LIMIT 1', [asOf]),
    values(
      read,
      `SELECT e."name" FROM "events" e JOIN "participations" p ON p."event_id" = e."id"
       GROUP BY e."id" ORDER BY count(*) DESC, e."id" LIMIT 1`,
    ),
    values(
      read,
      `SELECT e."name" FROM "events" e JOIN "participations" p ON p."event_id" = e."id" AND p."relation" = 'sponsor'
       GROUP BY e."id" ORDER BY count(*) DESC, e."id" LIMIT 1`,
    ),
    values(
      read,
      'SELECT "country" FROM "events" WHERE "country" IS NOT NULL GROUP BY "country" ORDER BY count(*) DESC, "country" LIMIT 2',
    ),
    values(
      read,
      `SELECT t."label" FROM "event_tags" et JOIN "tags" t ON t."tag" = et."tag"
       GROUP BY t."tag" ORDER BY count(*) DESC, t."tag" LIMIT 1`,
    ),
    values(
      read,
      'SELECT "industry" FROM "company_industries" GROUP BY "industry" ORDER BY count(*) DESC, "industry" LIMIT 1',
    ),
    values(
      read,
      'SELECT "country" FROM "companies" WHERE "country" IS NOT NULL GROUP BY "country" ORDER BY count(*) DESC LIMIT 1',
    ),
  ]);
  const out: Suggestion[] = [];
  if (upcoming.length > 0) out.push({ question: 'Which events take place in the next 3 months?', topic: 'events' });
  for (const country of countries) out.push({ question: `Which events are held in ${country}?`, topic: 'events' });
  for (const tag of tags) out.push({ question: `Which ${tag} events are there?`, topic: 'events' });
  for (const event of sponsored) out.push({ question: `Which companies are sponsoring ${event}?`, topic: 'companies' });
  for (const event of busiest) out.push({ question: `Which companies are attending ${event}?`, topic: 'companies' });
  for (const industry of industries) {
    out.push({ question: `How many ${industry} companies have more than 500 employees?`, topic: 'companies' });
  }
  for (const country of companyCountries)
    out.push({ question: `Which companies are based in ${country}?`, topic: 'companies' });
  const event = sponsored[0] ?? busiest[0];
  if (event) out.push({ question: `Who works in sales at the companies attending ${event}?`, topic: 'people' });
  out.push({ question: 'How many people hold C-level titles?', topic: 'people' });
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(s.question) && seen.add(s.question));
}

/** An answer with something in it: rows, and not a lone count of zero. */
function hasRows(answer: Answer): boolean {
  if (answer.status !== 'answered' || answer.rows.length === 0) return false;
  const only = answer.rows.length === 1 && answer.rows[0]?.length === 1 ? answer.rows[0][0] : undefined;
  return !(typeof only === 'number' && only === 0);
}

/**
 * Example questions the data can answer as of `asOf`: candidates filled with the data's own
 * values, each one asked through the engine and kept only when its answer has rows (so a
 * greeting never offers a question that finds nothing). Read-only; callers cache the result.
 */
export async function suggestQuestions(read: ReadRows, ask: AskAt, asOf: string): Promise<Suggestion[]> {
  const kept: Suggestion[] = [];
  // One after another: suggestions are background work and must not crowd the query processes.
  for (const candidate of await candidates(read, asOf)) {
    if (kept.length >= MAX_SUGGESTIONS) break;
    if (hasRows(await ask(candidate.question, asOf))) kept.push(candidate);
  }
  return kept;
}
