import { defineEntity, p } from '@mikro-orm/core';

import { INGEST_ACTIONS } from '../vocabularies';
import { IngestRun } from './IngestRun';

/** A source row that ingestion merged, repaired or rejected: nothing is dropped silently. */
export const IngestIssue = defineEntity({
  name: 'IngestIssue',
  tableName: 'ingest_issues',
  comment:
    'Every source row that ingestion merged into another (duplicates), repaired or rejected, with file, line and reason.',
  properties: {
    id: p.integer().primary().comment('Row id of the issue.'),
    run: () => p.manyToOne(IngestRun).fieldName('run_id').nullable().comment('The ingestion run (ingest_runs.id).'),
    file: p.text().comment('Source file name, e.g. "people_info.csv".'),
    line: p.integer().comment('Line of the row in the source file (the header is line 1).'),
    column: p
      .text()
      .nullable()
      .comment('Source column concerned (a reserved word: quote it, "column"); NULL when the whole row is concerned.'),
    action: p
      .enum([...INGEST_ACTIONS])
      .nullable()
      .comment('merged (duplicate folded into another row), repaired or rejected.'),
    reason: p.text().comment('Why, in words.'),
    value: p.text().nullable().comment('The offending or duplicate value.'),
  },
});
