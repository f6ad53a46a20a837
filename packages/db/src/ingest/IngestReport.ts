/** What happened to the rows of one source file. */
export interface FileCounts {
  file: string;
  /** Data rows read (blank lines excluded). */
  read: number;
  /** Rows that created a new record (new natural key). */
  inserted: number;
  /** Rows whose record existed before this run and gained values (or re-derived columns). */
  updated: number;
  /** Rows whose record existed before this run, identical. */
  unchanged: number;
  /** Rows folded into an earlier row of this run with the same natural key (duplicates). */
  merged: number;
  /** Rows stored with at least one value repaired (also counted as inserted/updated/merged). */
  repaired: number;
  /** Rows not stored. */
  rejected: number;
}

/** Counts of the company-event relations built from company_info.csv. */
export interface ParticipationCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
}

/** The summary of one ingestion run (also stored as JSON in ingest_runs.summary). */
export interface IngestReport {
  runId: number;
  source: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  files: FileCounts[];
  participations: ParticipationCounts;
  /** Issues recorded in ingest_issues by this run, per action. */
  issues: { merged: number; repaired: number; rejected: number };
  /** Row count of every data table after the run. */
  tables: Record<string, number>;
}

/** Progress of an ingestion, for a progress bar. */
export interface IngestProgress {
  file: string;
  /** Bytes of all source files parsed so far. */
  bytes: number;
  /** Total bytes of the three source files. */
  totalBytes: number;
  /** Data rows read so far, all files. */
  rows: number;
}

export function emptyCounts(file: string): FileCounts {
  return { file, read: 0, inserted: 0, updated: 0, unchanged: 0, merged: 0, repaired: 0, rejected: 0 };
}

/**
 * The report as a short plain-text table for the CLI.
 *
 * @example console.log(formatIngestReport(await ingestCsvFolder({ from, db })))
 */
export function formatIngestReport(report: IngestReport): string {
  const head = ['file', 'read', 'inserted', 'updated', 'unchanged', 'merged', 'repaired', 'rejected'] as const;
  const rows: string[][] = report.files.map((f) => [f.file, ...head.slice(1).map((k) => String(f[k]))]);
  const p = report.participations;
  rows.push([
    '(participations)',
    '',
    String(p.inserted),
    String(p.updated),
    String(p.unchanged),
    String(p.merged),
    '',
    String(p.rejected),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]): string =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const lines = [
    `Ingested ${report.source} in ${report.durationMs} ms (run ${report.runId})`,
    fmt(head),
    ...rows.map(fmt),
    `Issues recorded in ingest_issues: ${report.issues.merged} merged, ${report.issues.repaired} repaired, ${report.issues.rejected} rejected`,
    `Tables: ${Object.entries(report.tables)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  ];
  return lines.join('\n');
}
