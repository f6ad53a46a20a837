export type { ColumnDescription, TableDescription } from './TableDescription';
export { DATA_TABLES } from './DATA_TABLES';
export { describeEntity } from './describeEntity';
export * from './vocabularies';
export {
  Company,
  CompanyIndustry,
  DATA_ENTITIES,
  Event,
  EventTag,
  IngestIssue,
  IngestRun,
  Participation,
  Person,
  Tag,
} from './entities';
export { openSqlite, type OpenSqliteOptions } from './openSqlite';
export { migrate, type MigrateResult } from './migrate';
export { createOrm, ormConfig, sharedOrmConfig } from './createOrm';
export { isPostgresUrl } from './postgres/isPostgresUrl';
export { createPostgresOrm, migratePostgres, postgresOrmConfig } from './postgres/postgresOrm';
export {
  INGESTED_TABLES,
  ingestCsvFolderToPostgres,
  type PostgresIngestOptions,
} from './postgres/ingestCsvFolderToPostgres';
export { ensureReaderRole, type ReaderRoleOptions } from './postgres/ensureReaderRole';
export { decodeCopyLine, encodeCopyRow, type CopyValue } from './postgres/copyText';
export { MIGRATIONS } from './migrations';
export { ingestCsvFolder, type IngestOptions } from './ingest/ingestCsvFolder';
export { IngestError, type IngestErrorCode } from './ingest/IngestError';
export {
  formatIngestReport,
  type FileCounts,
  type IngestProgress,
  type IngestReport,
  type ParticipationCounts,
} from './ingest/IngestReport';
export { CSV_FILES } from './ingest/csvFiles';
export { createIngestProgressBar, type IngestProgressBar } from './ingest/createIngestProgressBar';
export { generateDemoData, type DemoDataOptions } from './demo/generateDemoData';
export { seedDemoDatabase } from './demo/seedDemoDatabase';
export * from './derive';
export type { EventTag as EventTagDefinition } from './derive';
