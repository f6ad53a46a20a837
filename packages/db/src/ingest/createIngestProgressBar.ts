import cliProgress from 'cli-progress';

import type { IngestProgress } from './IngestReport';

/** A progress bar fed by ingestCsvFolder's `onProgress`. */
export interface IngestProgressBar {
  onProgress: (progress: IngestProgress) => void;
  /** Removes the bar (call before printing the report, also after an error). */
  stop: () => void;
}

/**
 * A terminal progress bar for an ingestion (bytes of the three files, rows read, current file). On a stream that
 * is not a TTY (CI logs, pipes) it draws nothing.
 *
 * @example const bar = createIngestProgressBar(process.stderr);
 * try { console.log(formatIngestReport(await ingestCsvFolder({ from, db, onProgress: bar.onProgress }))) } finally { bar.stop() }
 */
export function createIngestProgressBar(stream: NodeJS.WriteStream): IngestProgressBar {
  if (!stream.isTTY) return { onProgress: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'ingest |{bar}| {percentage}% | {rows} rows | {file}',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 30,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress: (p) => {
      if (!started) {
        bar.start(p.totalBytes, 0, { rows: 0, file: p.file });
        started = true;
      }
      bar.update(p.bytes, { rows: p.rows.toLocaleString('en'), file: p.file });
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}
