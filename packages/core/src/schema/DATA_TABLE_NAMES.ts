/**
 * The data tables of the shared contract: the only tables the engine may ever query.
 * App tables (users, api_keys, chats, ...) and ingest bookkeeping are deliberately absent.
 */
export const DATA_TABLE_NAMES = [
  'events',
  'tags',
  'event_tags',
  'companies',
  'company_industries',
  'participations',
  'people',
  'person_job_functions',
] as const;
