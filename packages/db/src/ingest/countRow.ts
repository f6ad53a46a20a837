import type { FileCounts } from './IngestReport';
import type { IngestSession } from './IngestSession';
import type { UpsertOutcome } from './Upserter';

/** Rejects a row: counted in its file's `rejected` and logged with the reason; nothing of it is stored. */
export function rejectRow(
  session: IngestSession,
  counts: FileCounts,
  line: number,
  column: string | null,
  reason: string,
  value: string | null,
): void {
  counts.rejected++;
  session.issue(counts.file, line, column, 'rejected', reason, value);
}

/** Rejects (see {@link rejectRow}) a row whose field count is not the header's; true when it did. */
export function rejectMisshapenRow(
  session: IngestSession,
  counts: FileCounts,
  line: number,
  values: readonly string[],
  fieldCount: number,
): boolean {
  if (values.length === fieldCount) return false;
  rejectRow(session, counts, line, null, `expected ${fieldCount} fields, found ${values.length}`, values.join(','));
  return true;
}

/**
 * Counts what storing one row did: `repaired` when any of its values was, then exactly one of
 * inserted, merged (a duplicate of an earlier row of this run), updated (the record or, with
 * `childRowsChanged`, its child rows such as tags changed) or unchanged. The caller logs why a row
 * was merged (the reason depends on the file).
 */
export function countOutcome(
  counts: FileCounts,
  outcome: UpsertOutcome,
  repaired: boolean,
  childRowsChanged = false,
): void {
  if (repaired) counts.repaired++;
  switch (outcome.kind) {
    case 'inserted':
      counts.inserted++;
      return;
    case 'merged':
      counts.merged++;
      return;
    case 'updated':
    case 'unchanged':
      if (outcome.changed || childRowsChanged) counts.updated++;
      else counts.unchanged++;
  }
}
