import type BetterSqlite3 from 'better-sqlite3';
import type { GeneratedQuery, GenerateInput, SqlGenerator } from '../SqlGenerator';
import type { ConversationTurn } from '../../types/ConversationTurn';
import { compileRequest } from './compile/compileRequest';
import { describeRequest } from './compile/describeRequest';
import type { Request } from './ir/Request';
import { buildRequest } from './parse/buildRequest';
import { detectRefusal } from './parse/detectRefusal';
import { LEXICON_PHRASES } from './parse/lexiconTable';
import { scanMentions } from './parse/scanMentions';
import { expandShorthand } from './text/expandShorthand';
import { tokenize } from './text/tokenize';
import { buildValueIndex, type ValueIndex } from './values/ValueIndex';

/** The generator's state for follow-ups, returned as the turn's `understanding`. */
export interface OfflineUnderstanding {
  generator: 'offline';
  request: Request;
}

function isUnderstanding(u: unknown): u is OfflineUnderstanding {
  if (typeof u !== 'object' || u === null || (u as { generator?: unknown }).generator !== 'offline') return false;
  const r = (u as { request?: Partial<Request> }).request;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.version === 1 &&
    typeof r.target?.entity === 'string' &&
    Array.isArray(r.target.conds) &&
    typeof r.shape?.kind === 'string' &&
    Array.isArray(r.attributes)
  );
}

/** The latest earlier turn this generator understood. */
function previousRequest(history: readonly ConversationTurn[]): Request | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const u = history[i]?.understanding;
    if (isUnderstanding(u)) return u.request;
  }
  return null;
}

/**
 * Text-to-SQL with no model: the question is read into a typed request (entities, filters, aggregates)
 * with a lexicon and an index of the database's own values, then compiled to one parameterised SELECT.
 * @example
 *   const gen = OfflineSqlGenerator.create({ db: openSqlite('musaeid.db', { readonly: true }) });
 *   const q = await gen.generate({ question: 'Which events are in October 2024?', history: [], asOf: '2024-07-15', tables: [] });
 *   // q.kind === 'sql'; q.sql starts with 'SELECT DISTINCT "e1"."name" AS "event"'
 */
export class OfflineSqlGenerator implements SqlGenerator {
  readonly name = 'offline';

  /** Every word of the lexicon's phrases: what written shorthand may expand to. */
  private readonly vocabulary: ReadonlySet<string> = new Set([...LEXICON_PHRASES].flatMap((p) => p.split(' ')));

  private constructor(private readonly index: ValueIndex) {}

  /** True when a single word names something in the data (a company, an event, a place): never shorthand. */
  private isDataWord = (word: string): boolean => {
    const i = this.index;
    return (
      i.companies.has(word) ||
      i.events.has(word) ||
      i.venues.has(word) ||
      i.countries.has(word) ||
      i.cities.has(word) ||
      i.states.has(word)
    );
  };

  /** Builds the value index once from the database (read-only access is enough). */
  static create(opts: { db: BetterSqlite3.Database }): OfflineSqlGenerator {
    return new OfflineSqlGenerator(buildValueIndex(opts.db, LEXICON_PHRASES));
  }

  async generate(input: GenerateInput): Promise<GeneratedQuery> {
    return this.generateSync(input);
  }

  /** The same as `generate`, synchronously (benchmarks and tests). Never throws: a failure to read is a refusal. */
  generateSync(input: Pick<GenerateInput, 'question' | 'history' | 'asOf'>): GeneratedQuery {
    try {
      return this.read(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        kind: 'refusal',
        code: 'UNMAPPED',
        message: `I could not interpret this question (${reason}). Try naming the events, companies or people you want.`,
      };
    }
  }

  private read(raw: Pick<GenerateInput, 'question' | 'history' | 'asOf'>): GeneratedQuery {
    // Written shorthand ("evts", "ppl", "b4 xmas", "speakin") is read as the words it stands for first.
    const question = expandShorthand(raw.question, { vocabulary: this.vocabulary, isDataWord: this.isDataWord }).text;
    const input = { ...raw, question };
    const refusal = detectRefusal(input.question, tokenize(input.question));
    if (refusal) return { kind: 'refusal', code: refusal.code, message: refusal.message };
    const scan = scanMentions(input.question, this.index, input.asOf);
    const namesData = scan.mentions.some((m) =>
      ['entity', 'event', 'company', 'venue', 'function', 'seniority', 'title', 'topic'].includes(m.t),
    );
    const weak = namesData ? null : detectRefusal(input.question, scan.tokens, false);
    if (weak) return { kind: 'refusal', code: weak.code, message: weak.message };
    const previous = previousRequest(input.history);
    const request = buildRequest(scan, this.index, input.asOf, previous);
    if (!request) {
      if (scan.ignored.length > 0 && scan.mentions.length > 0) {
        return {
          kind: 'refusal',
          code: 'UNMAPPED',
          message: `I could not match "${scan.ignored.join(' ')}" to the events, companies or people in the data.`,
        };
      }
      return {
        kind: 'refusal',
        code: 'OUT_OF_SCOPE',
        message:
          'I can answer questions about events, the companies taking part in them and the people working at those companies; I could not find any of those in the question.',
      };
    }
    if (scan.unknownTopics.length > 0) {
      return {
        kind: 'refusal',
        code: 'UNMAPPED',
        message: `I could not match "${scan.unknownTopics.join('", "')}" to an event theme, a company industry or anything in the event descriptions.`,
      };
    }
    const unknown = scan.unknownNames.find(
      (u) =>
        u.after &&
        (u.after.t === 'relation' ||
          u.after.t === 'employment' ||
          (u.after.t === 'prep' && ['at', 'of', 'for', 'from', 'in', 'hq', 'outside'].includes(u.after.p))),
    );
    if (unknown) {
      return {
        kind: 'refusal',
        code: 'UNMAPPED',
        message: `I could not find "${unknown.text}" among the events, companies or venues in the data.`,
      };
    }
    const compiled = compileRequest(request);
    const understanding: OfflineUnderstanding = { generator: 'offline', request };
    return {
      kind: 'sql',
      sql: compiled.sql,
      params: compiled.params,
      interpretation: describeRequest(request),
      understanding,
    };
  }
}
