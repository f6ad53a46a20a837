/**
 * `pnpm bench engine`: latency of the offline engine on the real data (or demo data when the CSVs are absent).
 * Workload: the dev questions of ../shared/eval (follow-ups replayed with their history) plus paraphrases
 * written for the offline generator's tests. Figures: understanding + SQL generation (the generator's own
 * time inside `Engine.ask`), SQL execution, and the whole ask; each printed with the number of asks it covers.
 * With `--people N [--postgres]`: large results on a generated data set instead (engineAtScale.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Engine, GlossaryIndex, type ConversationTurn, type GlossaryEntry } from '@musaeid/core';
import { ingestCsvFolder, seedDemoDatabase } from '@musaeid/db';
import { evalFile as devFile, hasRealData, realDataDir } from '@musaeid/testkit';

import Database from 'better-sqlite3';

import { benchEngineAtScale } from './engineAtScale';
import { benchExampleRetrieval, type ExampleRetrievalResult } from './exampleRetrieval.js';
import type { SuiteOptions } from './index';

const AS_OF = '2024-07-15';
const ROUNDS = 5;

/** Conversations of the workload: each is a list of turns, the last one measured with the earlier ones as history. */
const PARAPHRASES: readonly (readonly string[])[] = [
  ['Which companies will attend oil and gas events in the next year?'],
  ['List companies taking part in petroleum and refining events over the next 6 months'],
  ['Show me fintech events'],
  ['Which events are about cyber security?'],
  ['Which pharmaceutical companies are going to events?'],
  ['Which events do banks attend?'],
  ['How many events are there in Singapore?'],
  ['Events in Q1 2025'],
  ['What events happen in the first quarter of 2025?'],
  ['Which events have already taken place?'],
  ['What events start after March 1, 2025?'],
  ['Events between September and November 2024'],
  ['What conferences are held at the Sands Expo?'],
  ['Which events last longer than 3 days?'],
  ['Multi-day events in Singapore'],
  ["What's on in the coming 3 weeks?"],
  ['Which event is furthest out?'],
  ['What is the next event?'],
  ['List Singapore-based companies'],
  ['American companies with more than 1,000 employees'],
  ['Which companies make more than 500 million in revenue?'],
  ['Which firms were established after 2015?'],
  ['Companies older than 100 years'],
  ['List the sponsors of Aviation Festival Asia 2025'],
  ['Who is speaking at Cloud Expo Asia?'],
  ['Which companies are partners of Commodity Trading Week APAC?'],
  ['What events is Zscaler attending?'],
  ['Which companies in the financial services sector attend events?'],
  ['List IT services companies'],
  ['Companies attending Cyber Security World Asia but not Cloud Expo Asia Singapore 2024'],
  ['Which sponsors of Aviation Festival Asia 2025 also attend another event?'],
  ['Which companies have no contacts?'],
  ['Which events have more than 50 sponsors?'],
  ['List marketing contacts at companies sponsoring Aviation Festival Asia 2025'],
  ['Show me VPs of sales'],
  ['Find C-level executives at Singapore companies'],
  ['What are the job titles of people working at Google?'],
  ['How many people work at Meltwater?'],
  ['Which company sponsors the most events?'],
  ['Top 5 companies by number of contacts'],
  ['Number of events per month'],
  ['Break down our contacts by job function'],
  ['What is the average revenue of companies sponsoring Aviation Festival Asia 2025?'],
  ['Which is the oldest company?'],
  ['People outside the United States working at American companies'],
  [
    'Which events are in Singapore in 2025?',
    'Who is sponsoring them?',
    'Now find the marketing people at those companies',
  ],
  ['What events are at Marina Bay Sands?', 'What about Suntec?', 'Only the ones in October 2024'],
  ['Who works at Meltwater?', 'Only the sales people, with their emails'],
  ['Delete all companies from the database'],
  ["What's Apple's stock price?"],
];

/** Questions naming a company typed with a slip (how many asks the loose-name workload makes). */
const LOOSE_NAME_QUESTIONS = 60;

/**
 * The loose-name workload: "who works at <name typed with one letter doubled>" for one-word company names of the data.
 * Each question makes the name matcher fall back to its loose (spelling-tolerant) pass over every name, the path a
 * per-name cost slows down (a 90x slowdown there timed a test out in CI); the dev questions rarely reach it.
 */
function looseNameQuestions(dbFile: string, n: number): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const names = db
      .prepare(
        "SELECT name FROM companies WHERE name NOT LIKE '% %' AND length(name) BETWEEN 6 AND 14 AND name GLOB '[A-Za-z]*' ORDER BY id",
      )
      .pluck()
      .all() as string[];
    const step = Math.max(1, Math.floor(names.length / n));
    return names
      .filter((_, i) => i % step === 0)
      .slice(0, n)
      .map((name) => {
        const at = Math.floor(name.length / 2);
        return `who works at ${(name.slice(0, at) + name.slice(at - 1)).toLowerCase()}`;
      });
  } finally {
    db.close();
  }
}

/** Longest message the chat accepts (the router's `questionText`). */
const LONGEST_MESSAGE = 2000;

/**
 * Messages at the chat's length limit that no user writes but the fuzz test and hostile clients send: one 2,000-letter
 * token, a thousand one-letter words, hundreds of distinct unknown words (seeded), a question repeated. Reading one
 * took up to ten seconds once (a token lemmatized and slip-searched at full length, every span of unread words
 * matched against every name) and timed the chat out under CI's load; the figure keeps that cost in view.
 */
function hostileMessages(): string[] {
  let seed = 7;
  const letter = (): string => {
    seed = (seed * 48271) % 2147483647;
    return String.fromCharCode(97 + (seed % 26));
  };
  const word = (n: number): string => Array.from({ length: n }, letter).join('');
  return [
    'x'.repeat(LONGEST_MESSAGE),
    'x '.repeat(LONGEST_MESSAGE / 2),
    Array.from({ length: 330 }, () => word(5)).join(' '),
    Array.from({ length: 64 }, () => word(30)).join(' '),
    'google amazon microsoft '.repeat(80),
    'é漢字 '.repeat(LONGEST_MESSAGE / 4),
  ].map((m) => m.slice(0, LONGEST_MESSAGE).trim());
}

interface Stat {
  asks: number;
  p50: number;
  p99: number;
  max: number;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  const round = (x: number): number => Math.round(x * 100) / 100;
  return { asks: sorted.length, p50: round(at(0.5)), p99: round(at(0.99)), max: round(sorted.at(-1) ?? 0) };
}

function devConversations(): string[][] {
  if (!fs.existsSync(devFile)) return [];
  return fs
    .readFileSync(devFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const q = JSON.parse(l) as { question: string; context?: string[] };
      return [...(q.context ?? []), q.question];
    });
}

/** Words questions of the workload start terms with: a term beginning with one is a candidate the matcher must check. */
const COMMON_WORDS = ['events', 'companies', 'people', 'sponsors', 'singapore', 'which', 'how', 'list', 'show', 'the'];

/**
 * A glossary of `n` terms that match none of the workload's questions but cost what real ones do:
 * one in ten starts with a word the questions use (so the matcher checks it), the rest with words of their own.
 */
function syntheticGlossary(n: number): GlossaryIndex {
  const entries: GlossaryEntry[] = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    term: i % 10 === 0 ? `${COMMON_WORDS[(i / 10) % COMMON_WORDS.length]} zq${i}` : `zq${i} words`,
    scope: i % 2 === 0 ? 'workspace' : 'personal',
    concept: { kind: 'countries', countries: ['Singapore'] },
  }));
  return new GlossaryIndex(entries);
}

export async function benchEngine(opts: SuiteOptions): Promise<void> {
  if (opts.people !== undefined) return benchEngineAtScale({ ...opts, people: opts.people });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-bench-engine-'));
  const dbFile = path.join(work, 'bench.db');
  const real = hasRealData;
  try {
    if (real) await ingestCsvFolder({ from: realDataDir, db: dbFile });
    else await seedDemoDatabase({ db: dbFile, people: 6000, today: AS_OF });
    const engine = await Engine.create({ dbFile });
    const glossaryTerms = opts.glossaryTerms ?? 0;
    const glossary = glossaryTerms > 0 ? syntheticGlossary(glossaryTerms) : undefined;
    const dev = devConversations();
    const conversations = [...dev, ...PARAPHRASES.map((c) => [...c])];
    const loose = looseNameQuestions(dbFile, LOOSE_NAME_QUESTIONS);
    const looseGenerate: number[] = [];
    const hostile = hostileMessages();
    const hostileGenerate: number[] = [];
    const generate: number[] = [];
    const execute: number[] = [];
    const total: number[] = [];
    const statuses: Record<string, number> = {};
    const exampleCount = opts.examples ?? 1000;
    let retrieval: ExampleRetrievalResult | null = null;
    try {
      for (let round = 0; round <= ROUNDS; round++) {
        for (const turns of conversations) {
          const history: ConversationTurn[] = [];
          for (const [i, question] of turns.entries()) {
            const answer = await engine.ask(question, { history, asOf: AS_OF, ...(glossary ? { glossary } : {}) });
            history.push({
              question,
              sql: answer.sql,
              interpretation: answer.interpretation,
              understanding: answer.understanding,
            });
            if (round === 0 || i < turns.length - 1) continue; // round 0 warms up; earlier turns only build history
            generate.push(answer.timings.generateMs);
            execute.push(answer.timings.executeMs);
            total.push(answer.timings.totalMs);
            statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          }
        }
      }
      for (let round = 0; round <= ROUNDS; round++) {
        for (const question of loose) {
          const answer = await engine.ask(question, { asOf: AS_OF });
          if (round > 0) looseGenerate.push(answer.timings.generateMs); // round 0 warms up
        }
        for (const message of hostile) {
          const answer = await engine.ask(message, { asOf: AS_OF });
          if (round > 0) hostileGenerate.push(answer.timings.generateMs);
        }
      }
      const lastTurns = conversations.map((turns) => turns.at(-1) ?? '');
      if (exampleCount > 0) retrieval = await benchExampleRetrieval(engine, lastTurns, exampleCount, ROUNDS);
    } finally {
      await engine.close();
    }
    const round2 = (x: number): number => Math.round(x * 100) / 100;
    const result = {
      data: real ? 'real CSVs (../shared/data/bytegenie)' : 'demo data (6,000 people)',
      questions: {
        dev: dev.length,
        paraphrases: PARAPHRASES.length,
        looseNames: loose.length,
        hostileMessages: hostile.length,
        rounds: ROUNDS,
      },
      glossaryTerms,
      understandingAndSqlMs: stat(generate),
      executeMs: stat(execute),
      looseNameUnderstandingMs: stat(looseGenerate),
      hostileMessageUnderstandingMs: stat(hostileGenerate),
      wholeAskMs: stat(total),
      statuses,
      exampleRetrieval: retrieval && {
        examples: retrieval.examples,
        dimensions: retrieval.dimensions,
        bm25BuildMs: round2(retrieval.bm25BuildMs),
        bm25Ms: stat(retrieval.bm25),
        coldEmbedMs: round2(retrieval.coldEmbedMs),
        fusedMs: stat(retrieval.fused),
        embeddingsCallMs: stat(retrieval.embedCall),
        afterEditMs: round2(retrieval.afterEditMs),
        requests: retrieval.requests,
      },
    };
    if (opts.json) {
      console.log(JSON.stringify({ suite: 'engine', ...result }));
      return;
    }
    console.log(
      `data: ${result.data}; workload: ${dev.length} dev questions + ${PARAPHRASES.length} paraphrases, ${ROUNDS} rounds after a warm-up` +
        `; glossary: ${glossaryTerms} terms`,
    );
    const line = (label: string, s: Stat): string =>
      `${label.padEnd(34)} p50 ${s.p50.toFixed(2).padStart(7)} ms   p99 ${s.p99.toFixed(2).padStart(7)} ms   max ${s.max.toFixed(2).padStart(7)} ms   (${s.asks} asks)`;
    console.log(line('understanding + SQL generation', result.understandingAndSqlMs));
    console.log(line('SQL execution (guarded, read-only)', result.executeMs));
    console.log(line(`names typed with a slip (${loose.length})`, result.looseNameUnderstandingMs));
    console.log(
      line(`${LONGEST_MESSAGE}-char hostile messages (${hostile.length})`, result.hostileMessageUnderstandingMs),
    );
    console.log(line('whole ask (with execution)', result.wholeAskMs));
    console.log(
      `statuses: ${Object.entries(statuses)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const r = result.exampleRetrieval;
    if (r) {
      console.log(
        `verified examples: ${r.examples}, ranked for each question (3 nearest); embeddings from a local` +
          ` OpenAI-protocol server (fake model, ${r.dimensions} wide; a real provider adds its round trip)`,
      );
      console.log(line('examples by BM25 alone', r.bm25Ms));
      console.log(line('examples by BM25 + embeddings (RRF)', r.fusedMs));
      console.log(line('  of which: the embeddings call', r.embeddingsCallMs));
      console.log(
        `${'  BM25 index build'.padEnd(34)} ${r.bm25BuildMs.toFixed(2)} ms; first question, all ${r.examples} embedded:` +
          ` ${r.coldEmbedMs.toFixed(2)} ms; first after editing one: ${r.afterEditMs.toFixed(2)} ms; ${r.requests} requests`,
      );
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
