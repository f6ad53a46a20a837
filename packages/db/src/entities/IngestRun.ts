import { defineEntity, p } from '@mikro-orm/core';

/** One run of CSV ingestion. */
export const IngestRun = defineEntity({
  name: 'IngestRun',
  tableName: 'ingest_runs',
  comment: 'One row per CSV ingestion run: when, from where and a JSON summary of row counts per file.',
  properties: {
    id: p.integer().primary().comment('Row id of the run.'),
    startedAt: p.text().fieldName('started_at').nullable().comment('When the run started (ISO 8601 UTC).'),
    finishedAt: p.text().fieldName('finished_at').nullable().comment('When the run finished (ISO 8601 UTC).'),
    source: p.text().nullable().comment('Folder the CSV files were read from.'),
    summary: p
      .text()
      .nullable()
      .comment('JSON report: counts per file (read, inserted, updated, unchanged, merged, repaired, rejected).'),
  },
});
