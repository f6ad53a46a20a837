import type { IngestAction } from '../vocabularies';
import { cleanValue, type RepairNote } from './cleanValue';
import { emptyCounts, type FileCounts, type ParticipationCounts } from './IngestReport';
import type { IngestStore } from './IngestStore';

/**
 * The state of one ingestion inside its transaction: where it writes, the issue log and the counts.
 * Every merged, repaired or rejected row goes through {@link IngestSession.issue}, so nothing is dropped silently.
 */
export class IngestSession {
  readonly counts = new Map<string, FileCounts>();
  readonly participations: ParticipationCounts = { inserted: 0, updated: 0, unchanged: 0, merged: 0, rejected: 0 };
  readonly issues = { merged: 0, repaired: 0, rejected: 0 };
  /**
   * The name stored for each company domain read in this run (the companies file is read before the people's): a
   * person's title that repeats the employer's name is classified without it (`classifyJobFunctions`).
   */
  readonly companyNames = new Map<string, string>();

  constructor(readonly store: IngestStore) {}

  fileCounts(file: string): FileCounts {
    let counts = this.counts.get(file);
    if (!counts) {
      counts = emptyCounts(file);
      this.counts.set(file, counts);
    }
    return counts;
  }

  /** Records what was done to a source row (or one of its fields). */
  issue(
    file: string,
    line: number,
    column: string | null,
    action: IngestAction,
    reason: string,
    value: string | null,
  ): void {
    this.store.issue([file, line, column, action, reason, value]);
    this.issues[action]++;
  }

  /**
   * Reads the listed columns of a row, cleaned (see cleanValue); each repair is recorded. Returns the values in
   * the order asked (in `into` when given, to reuse one array per file); `lastRowRepaired` says whether anything
   * was repaired.
   */
  readFields(
    file: string,
    line: number,
    values: readonly string[],
    index: Readonly<Record<string, number>>,
    columns: readonly string[],
    into: (string | null)[] = new Array<string | null>(columns.length),
  ): (string | null)[] {
    const fields = into;
    this.lastRowRepaired = false;
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as string;
      const raw = values[index[column] as number];
      fields[i] = cleanValue(raw, this.note);
      if (this.note.reason !== null) {
        this.issue(file, line, column, 'repaired', this.note.reason, raw ?? null);
        this.lastRowRepaired = true;
      }
    }
    return fields;
  }

  private readonly note: RepairNote = { reason: null };

  /** Whether the last {@link readFields} repaired a value. */
  lastRowRepaired = false;
}
