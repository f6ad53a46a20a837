import fs from 'node:fs';
import { once } from 'node:events';

const NEEDS_QUOTES = /[",\n\r]/;

/** One CSV field, quoted only when it must be (as pandas writes them). */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes CSV rows to a file through a buffer, waiting for the disk when it falls behind (any size, bounded memory). */
export class CsvWriter {
  private readonly stream: fs.WriteStream;
  private buffer = '';

  constructor(file: string, header: readonly string[]) {
    this.stream = fs.createWriteStream(file, { encoding: 'utf8' });
    this.buffer = header.join(',') + '\n';
  }

  async row(fields: readonly string[]): Promise<void> {
    this.buffer += fields.map(csvField).join(',') + '\n';
    if (this.buffer.length >= 1 << 16) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
