import type { Answer } from '../types/Answer';
import type { AskOptions, Engine } from './Engine';

/** p50 / p99 / max of a list of milliseconds. */
export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

/** What {@link benchmarkEngine} measured. */
export interface EngineBenchmark {
  questions: number;
  /** Everything but SQL execution and model calls: retrieval, offline generation, guard, IPC, answer text. */
  overheadMs: Percentiles;
  /** Guard + read-only execution in the query process, wall time. */
  executeMs: Percentiles;
  totalMs: Percentiles;
  statuses: Record<Answer['status'], number>;
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}

/**
 * Asks every question `rounds` times (sequentially) and splits the time into pipeline overhead
 * and SQL execution, for `pnpm bench engine`. With a model, model time (generation and
 * synthesis) is excluded from the overhead.
 *
 * @example
 * const result = await benchmarkEngine(engine, ['Which events are in Singapore?'], { rounds: 20 });
 * result.overheadMs.p50;
 */
export async function benchmarkEngine(
  engine: Engine,
  questions: readonly string[],
  options: { rounds?: number; warmup?: number; usesModel?: boolean; ask?: AskOptions } = {},
): Promise<EngineBenchmark> {
  const rounds = options.rounds ?? 10;
  for (let i = 0; i < (options.warmup ?? 1); i++) for (const q of questions) await engine.ask(q, options.ask);
  const overhead: number[] = [];
  const execute: number[] = [];
  const total: number[] = [];
  const statuses: Record<Answer['status'], number> = { answered: 0, clarify: 0, refused: 0, failed: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const question of questions) {
      const { timings, status } = await engine.ask(question, options.ask);
      statuses[status]++;
      const model = options.usesModel ? timings.generateMs + timings.synthesizeMs : 0;
      overhead.push(timings.totalMs - timings.executeMs - model);
      execute.push(timings.executeMs);
      total.push(timings.totalMs);
    }
  }
  return {
    questions: overhead.length,
    overheadMs: percentiles(overhead),
    executeMs: percentiles(execute),
    totalMs: percentiles(total),
    statuses,
  };
}
