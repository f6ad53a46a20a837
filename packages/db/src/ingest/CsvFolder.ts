import path from 'node:path';

import { CSV_FILES } from './csvFiles';
import { CsvSource } from './CsvSource';
import { ingestCompanies } from './ingestCompanies';
import { ingestEvents } from './ingestEvents';
import { ingestPeople } from './ingestPeople';
import type { IngestProgress, IngestReport } from './IngestReport';
import type { IngestSession } from './IngestSession';

const PROGRESS_EVERY = 2000;

/** The three CSV files of a folder, their headers checked (see {@link CsvSource.open}). */
export class CsvFolder {
  private constructor(
    /** The folder, absolute. */
    readonly dir: string,
    readonly events: CsvSource<(typeof CSV_FILES)['events']['columns'][number]>,
    readonly companies: CsvSource<(typeof CSV_FILES)['companies']['columns'][number]>,
    readonly people: CsvSource<(typeof CSV_FILES)['people']['columns'][number]>,
  ) {}

  /** Checks every file and header before anything is written; throws IngestError naming what is missing. */
  static open(from: string): CsvFolder {
    const dir = path.resolve(from);
    return new CsvFolder(
      dir,
      CsvSource.open(dir, CSV_FILES.events.file, CSV_FILES.events.columns),
      CsvSource.open(dir, CSV_FILES.companies.file, CSV_FILES.companies.columns),
      CsvSource.open(dir, CSV_FILES.people.file, CSV_FILES.people.columns),
    );
  }

  /**
   * Streams the files through the session's store, events then companies then people (each file refers to the
   * one before), reporting progress about every 2,000 rows and at the end of each file. `onFileRead` is told
   * when a file is done (a store may start writing what can no longer change while the next file is read).
   */
  async ingest(
    session: IngestSession,
    onProgress?: (progress: IngestProgress) => void,
    onFileRead?: (file: string) => void,
  ): Promise<void> {
    const { events, companies, people } = this;
    const totalBytes = events.size + companies.size + people.size;
    let bytesBefore = 0;
    let rows = 0;
    const progress = (file: string) => (bytes: number) => {
      rows++;
      if (onProgress && rows % PROGRESS_EVERY === 0) onProgress({ file, bytes: bytesBefore + bytes, totalBytes, rows });
    };
    const finished = (source: CsvSource<string>) => {
      bytesBefore += source.size;
      onProgress?.({ file: source.file, bytes: bytesBefore, totalBytes, rows });
      onFileRead?.(source.file);
    };
    await ingestEvents(session, events, progress(events.file));
    finished(events);
    await ingestCompanies(session, companies, progress(companies.file));
    finished(companies);
    await ingestPeople(session, people, progress(people.file));
    finished(people);
  }

  /** The report of a finished run (`tables`: the row count of each data table afterwards). */
  report(session: IngestSession, runId: number, startedAt: Date, tables: Record<string, number>): IngestReport {
    const finishedAt = new Date();
    return {
      runId,
      source: this.dir,
      startedAt: startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - startedAt.getTime(),
      files: [this.events.file, this.companies.file, this.people.file].map((f) => session.fileCounts(f)),
      participations: session.participations,
      issues: session.issues,
      tables,
    };
  }
}
