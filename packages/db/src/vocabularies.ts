/**
 * Closed vocabularies of the data tables, exposed to the SQL generator through DATA_TABLES. Job functions and
 * seniorities belong to the classifiers (derive/); the migration freezes its own copy as CHECK constraints.
 */
export { JOB_FUNCTIONS, SENIORITIES } from './derive';

/** How a company relates to an event (company_info.relation_to_event). */
export const RELATIONS = [
  'sponsor',
  'partner',
  'speaker',
  'expert',
  'exhibitor',
  'associate',
  'attendee',
  'organizer',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Where an event's derived location came from (derive's LocationSource). */
export const LOCATION_SOURCES = ['venue', 'country', 'name', 'description', 'url'] as const;

/** What ingestion did with a row it could not take as it was. */
export const INGEST_ACTIONS = ['merged', 'repaired', 'rejected'] as const;
export type IngestAction = (typeof INGEST_ACTIONS)[number];
