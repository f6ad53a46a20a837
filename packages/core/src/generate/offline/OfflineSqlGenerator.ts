import { comparisonAsked } from './parse/build/comparisonAsked';
import type BetterSqlite3 from 'better-sqlite3';
import type { GeneratedQuery, GenerateInput, SqlGenerator } from '../SqlGenerator';
import type { ConversationTurn } from '../../types/ConversationTurn';
import { InterpretationBug } from '../../errors/InterpretationBug';
import { clarifyUnmapped } from './clarify/clarifyUnmapped';
import { findCandidates } from './clarify/findCandidates';
import { correctSlips, dataWordAsNear } from './clarify/correctSlips';
import { contextReadings, endsOnBareFiller, neighboursIn, phraseJoins, readsAlone } from './clarify/respellInContext';
import { unplacedReferences } from './clarify/unplacedReferences';
import { replacePart, resolveReply } from './clarify/resolveReply';
import { type CompileDialect, SQLITE_COMPILE_DIALECT } from './compile/CompileDialect';
import { compileRequest } from './compile/compileRequest';
import { describeRequest } from './compile/describeRequest';
import { answerEdit } from './parse/answerEdits';
import { buildRequest } from './parse/buildRequest';
import { detectRefusal, detectStoreRemoval } from './parse/detectRefusal';
import { detectSpeculation } from './parse/detectSpeculation';
import { detectPriceWords, detectUnmeasuredAmount } from './parse/unmeasuredAmounts';
import { detectAttendanceNoun, detectEventPartNoun, detectUnheldDetail } from './parse/unheldDetails';
import type { Mention } from './parse/Mention';
import { LEXICON_PHRASES } from './parse/lexiconTable';
import { type Scan, scanMentions } from './parse/scanMentions';
import { shorthandOptions } from './parse/shorthandOptions';
import { expandShorthand, type ShorthandOptions } from './text/expandShorthand';
import { type Token, tokenize } from './text/tokenize';
import { type OfflineUnderstanding, pendingQuestion, previousRequest, understoodRequest } from './understanding';
import { keepsAnswerShape } from './ir/Request';
import { validateRequest } from './validate/validateRequest';
import { indefiniteWholeSet, unstatedFavour, unstatedSizedSet } from './parse/indefiniteWholeSets';
import { withoutTypedNoise } from './text/typedNoise';
import { withoutStrayApostrophes } from './text/strayApostrophes';
import { withoutRetracted } from './text/retractions';
import { withoutAcknowledgement } from './text/acknowledgements';
import { pointedFragment } from './text/pointedFragments';
import { addedClause } from './text/addedClauses';
import { orderPhrases } from './text/orderPhrases';
import { buildValueIndex, buildValueIndexFromRows, isDataName, type ValueIndex } from './values/ValueIndex';
import type { ValueRows } from './values/valueRows';

type Input = Pick<GenerateInput, 'question' | 'history' | 'asOf'>;

/** Most unread words tried in context at once, and most readings of the question tried (`readInContext`). */
const MAX_CONTEXT_WORDS = 3;
const MAX_CONTEXT_READINGS = 16;

/** Mentions that start a question of their own (a reply to a clarification carrying one is a new question). */
const QUESTION_HEADS: ReadonlySet<string> = new Set(['entity', 'who', 'count', 'aggFn']);

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

  private constructor(
    private readonly index: ValueIndex,
    private readonly dialect: CompileDialect,
  ) {
    this.shorthand = shorthandOptions(index);
  }

  /** What shorthand, clipped words and spelling variants may expand to over this index. */
  private readonly shorthand: ShorthandOptions;

  /** Builds the value index once from the database (read-only access is enough). */
  static create(opts: { db: BetterSqlite3.Database }): OfflineSqlGenerator {
    return new OfflineSqlGenerator(buildValueIndex(opts.db, LEXICON_PHRASES), SQLITE_COMPILE_DIALECT);
  }

  /**
   * Builds the value index from rows read beforehand (`readValueRows`: PostgreSQL is asynchronous) and compiles
   * to the given dialect.
   * @example OfflineSqlGenerator.fromValueRows(await readValueRows(tables, query), POSTGRESQL_COMPILE_DIALECT)
   */
  static fromValueRows(rows: ValueRows, dialect: CompileDialect): OfflineSqlGenerator {
    return new OfflineSqlGenerator(buildValueIndexFromRows(rows, LEXICON_PHRASES), dialect);
  }

  async generate(input: GenerateInput): Promise<GeneratedQuery> {
    return this.generateSync(input);
  }

  /**
   * The same as `generate`, synchronously (benchmarks and tests). A question it cannot read is a refusal or a
   * clarification; an exception inside the parser or compiler is a bug and is thrown as an InterpretationBug
   * (the engine logs it and answers ENGINE_ERROR).
   */
  generateSync(input: Input): GeneratedQuery {
    try {
      return this.read(input);
    } catch (error) {
      throw new InterpretationBug(input.question, error);
    }
  }

  /** A reply to the last turn's clarification completes the pending question; anything else is read as is. */
  private read(input: Input): GeneratedQuery {
    const pending = pendingQuestion(input.history);
    const resolved = pending ? resolveReply(pending, input.question) : null;
    if (resolved && !(resolved.typed && this.startsQuestion(input.question, input.asOf))) {
      return this.readQuestion({ ...input, question: resolved.question });
    }
    return this.readQuestion(input);
  }

  private startsQuestion(text: string, asOf: string): boolean {
    return scanMentions(text, this.index, asOf).mentions.some((m) => QUESTION_HEADS.has(m.t));
  }

  private readQuestion(raw: Input, corrected = false, asTurns = true): GeneratedQuery {
    // Written shorthand ("evts", "ppl", "b4 xmas", "speakin") is read as the words it stands for first; what the
    // user withdrew ("..., nvm, just tell me ...") is no part of the question.
    // "in order of size": a sort by what follows "of"
    const typed = orderPhrases(
      expandShorthand(
        withoutRetracted(withoutAcknowledgement(withoutStrayApostrophes(withoutTypedNoise(raw.question)))),
        this.shorthand,
      ).text,
    );
    const previous = previousRequest(raw.history);
    const removal = previous ? detectStoreRemoval(typed) : null;
    if (removal) return { kind: 'refusal', code: removal.code, message: removal.message };
    // "now drop the government ones", "swap sydney for melbourne": an edit of the earlier answer, in the words the
    // follow-up reader takes (never a change of the data)
    // "we want to target fintechs", "I don't need the chefs": the speaker's aim or a negated want says which of the
    // earlier rows are wanted ("only fintechs", "excluding the chefs"; `text/addedClauses.ts`)
    const aimed = previous ? addedClause(typed) : null;
    const restated = aimed && aimed.kind !== 'narrow' ? aimed.restated : typed;
    const question = previous
      ? answerEdit(
          restated,
          raw.history.map((t) => t.question),
          'order' in previous.shape ? previous.shape.order : null,
        )
      : typed;
    const input = { ...raw, question };
    const refusal = detectRefusal(input.question, tokenize(input.question));
    if (refusal) return { kind: 'refusal', code: refusal.code, message: refusal.message };
    const turns = asTurns ? this.readAsTurns(input, corrected) : null;
    if (turns) return turns;
    const scan = scanMentions(input.question, this.index, input.asOf);
    const namesData = scan.mentions.some((m) =>
      ['entity', 'event', 'company', 'venue', 'function', 'seniority', 'title', 'topic'].includes(m.t),
    );
    const weak = namesData ? null : detectRefusal(input.question, scan.tokens, false);
    if (weak) return { kind: 'refusal', code: weak.code, message: weak.message };
    // "how much are tickets for X": an amount (a price, a cost) the data does not hold
    const amount = detectUnmeasuredAmount(scan.tokens, scan.mentions);
    if (amount) return { kind: 'refusal', code: amount.code, message: amount.message };
    // "what's the ticket price for X": an unread word naming a price, which the data never holds
    const priced = detectPriceWords(scan.ignored);
    if (priced) return { kind: 'refusal', code: priced.code, message: priced.message };
    // "what was the turnout at ITB Asia": a noun of events by WordNet asked of a named event is a figure it lacks
    const part = detectEventPartNoun(scan.tokens, scan.mentions);
    if (part) return { kind: 'refusal', code: part.code, message: part.message };
    // "visitor numbers for ITB Asia": people who come to an event, counted, are its attendance (not held)
    const attendance = detectAttendanceNoun(scan.tokens, scan.mentions);
    if (attendance) return { kind: 'refusal', code: attendance.code, message: attendance.message };
    // "will they sponsor again?": a yes/no about what someone will do, with no event or company of the data named
    const namesItem = scan.mentions.some((m) => m.t === 'event' || m.t === 'company' || m.t === 'person');
    const guess = namesItem ? null : detectSpeculation(scan.tokens, false);
    if (guess) return { kind: 'refusal', code: guess.code, message: guess.message };
    const request = buildRequest(scan, this.index, input.asOf, previous);
    if (!request) {
      const again = corrected ? null : this.readCorrected(input, scan.ignored, scan.unclear);
      if (again) return again;
      // "attendance figures for money20/20 asia": a detail the data does not hold, of a thing it does not hold;
      // "what's the agenda?" after a turn about an event: a detail of the earlier rows
      const unheld = () =>
        detectUnheldDetail(scan.tokens, scan.mentions, scan.ignored, previous?.target.entity ?? null);
      if (scan.ignored.length > 0 && scan.mentions.length > 0) {
        const parts = scan.ignored.map((w) => w.toLowerCase());
        if (findCandidates(parts, this.index).length > 0 || scan.unclear.length > 0)
          return this.clarify(input, scan.tokens, scan.ignored, scan.unclear, scan.mentions);
        const detail = unheld();
        if (detail) return { kind: 'refusal', code: detail.code, message: detail.message };
        return {
          kind: 'refusal',
          code: 'UNMAPPED',
          message: `I could not match "${scan.ignored.join(' ')}" to the events, companies or people in the data.`,
        };
      }
      const detail = scan.ignored.length > 0 ? unheld() : null;
      if (detail) return { kind: 'refusal', code: detail.code, message: detail.message };
      return {
        kind: 'refusal',
        code: 'OUT_OF_SCOPE',
        message:
          'I can answer questions about events, the companies taking part in them and the people working at those companies; I could not find any of those in the question.',
      };
    }
    if (scan.unknownTopics.length > 0) {
      // a word taken for a theme nothing holds may be a slip the question around it decides ("list te exhibitors")
      const again = corrected ? null : this.readInContext(input, scan.unknownTopics, scan.unclear);
      if (again) return again;
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
          (u.after.t === 'prep' && ['at', 'of', 'for', 'from', 'in', 'hq', 'placedIn', 'outside'].includes(u.after.p))),
    );
    if (unknown) {
      return {
        kind: 'refusal',
        code: 'UNMAPPED',
        message: `I could not find "${unknown.text}" among the events, companies or venues in the data.`,
      };
    }
    // Honesty: a content word the request did not use means the request is broader than the question.
    if (request.ignored.length > 0) {
      // "there" with nothing earlier to point at is asked about as a reference, never respelt
      const unplaced = unplacedReferences(scan.mentions, request.ignored);
      const unclear = [...unplaced, ...scan.unclear];
      const notSlips = unplaced.map((u) => u.text);
      return this.correctOrClarify(input, scan, request.ignored, corrected, unclear, notSlips);
    }
    // "find me some people": an unstated part of a whole table, asked about (offering all of it)
    const indefinite = previous ? null : indefiniteWholeSet(request, scan);
    if (indefinite)
      return this.clarify(
        input,
        scan.tokens,
        [indefinite.word],
        [
          {
            text: indefinite.word,
            why: indefinite.why,
            options: [],
            choices: [{ label: `all ${indefinite.noun}`, replacement: 'all' }],
          },
        ],
      );
    // "the big players", "can you sort me out for next week": a set the question takes as known, or no rows named at
    // all: asked about, offering what it could mean
    const unstated = previous ? null : (unstatedSizedSet(request, scan) ?? unstatedFavour(request, scan));
    if (unstated)
      return this.clarify(
        input,
        scan.tokens,
        [unstated.word],
        [{ text: unstated.word, why: unstated.why, options: [], choices: unstated.choices }],
      );
    const problem = validateRequest(request);
    if (problem) return { kind: 'refusal', code: 'UNMAPPED', message: problem.message };
    const compiled = compileRequest(request, this.dialect);
    const understanding: OfflineUnderstanding = { generator: 'offline', request };
    // "is X longer than Y?": the answer names the winner of the compared things
    const comparison = comparisonAsked(scan.mentions, request);
    return {
      kind: 'sql',
      sql: compiled.sql,
      params: compiled.params,
      ...(compiled.firstPageSql === undefined ? {} : { firstPageSql: compiled.firstPageSql }),
      interpretation: describeRequest(request),
      understanding,
      ...(comparison ? { comparison } : {}),
    };
  }

  /**
   * "which events are in singapore - sponsors there?": a question and a fragment pointing back at its answer, read
   * as two turns (the fragment a follow-up of the first part); null unless both parts are answered so. A "there"
   * that the message read whole places (a place named in it) keeps the whole reading.
   */
  private readAsTurns(input: Input, corrected: boolean): GeneratedQuery | null {
    const parts = pointedFragment(input.question);
    if (!parts) return null;
    // a pointer the whole message's grammar reads otherwise ("how many X, and list them": the count's members) is
    // no reference to another turn
    const whole = scanMentions(input.question, this.index, input.asOf);
    if (parts.pointer !== 'edit' && parts.pointer !== 'added' && !whole.mentions.some((m) => m.t === 'anaphor'))
      return null;
    if (parts.pointer === 'there') {
      const read = this.readQuestion(input, corrected, false);
      if (read.kind !== 'clarify') return read;
    }
    const first = this.readQuestion({ ...input, question: parts.first }, corrected);
    if (first.kind !== 'sql') return null;
    const turn: ConversationTurn = {
      question: parts.first,
      sql: first.sql,
      interpretation: first.interpretation,
      understanding: first.understanding,
    };
    const answer = this.readQuestion(
      { ...input, question: parts.fragment, history: [...input.history, turn] },
      corrected,
    );
    if (answer.kind !== 'sql') return null;
    // a clause added to a question of one answer ("which event has the most sponsors - only singapore", "how many
    // events in 2025? just germany") narrows the rows that question ranks or counts: its answer keeps that shape (and
    // a comparison between named things its verdict), or the message is read whole, never a list in its place
    if (parts.pointer === 'added') {
      const before = understoodRequest(first.understanding);
      const after = understoodRequest(answer.understanding);
      if (!before || !after || !keepsAnswerShape(before.shape, after.shape)) return null;
      if (first.comparison && !answer.comparison) return { ...answer, comparison: first.comparison };
    }
    // the fragment must be read of the first part's answer: read the same without it, its pointer pointed at nothing
    // there ("who the sponsors are, can you list them?" is a question of its own), and the message is read whole
    const alone = this.readQuestion({ ...input, question: parts.fragment }, corrected, false);
    const same =
      alone.kind === 'sql' &&
      alone.sql === answer.sql &&
      JSON.stringify(alone.params) === JSON.stringify(answer.params);
    return same ? null : answer;
  }

  /** The question read again (once) with its typing slips corrected, unless that still needs a clarification. */
  private readCorrected(
    input: Input,
    unmapped: readonly string[],
    unclear: Scan['unclear'] = [],
  ): GeneratedQuery | null {
    const slips = unmapped.length > 0 ? correctSlips(unmapped, this.index) : null;
    if (!slips) return this.readInContext(input, unmapped, unclear);
    let question = input.question;
    for (const [typed, word] of slips) question = replacePart(question, typed, word);
    const again = this.readQuestion({ ...input, question }, true);
    // a word respelt that the parser still cannot read is asked back as spelt right ("recieve": "receive")
    const respeltAsked =
      again.kind === 'clarify' &&
      [...slips.values()].some((word) => tokenize(again.clarification.part).some((t) => t.norm === word));
    if (again.kind === 'clarify' && !respeltAsked) return this.readInContext(input, unmapped, unclear);
    return again;
  }

  /**
   * The question read again with each unread word as each word it may be a slip of (`clarify/respellInContext.ts`;
   * a word `correctSlips` reads alone keeps that one reading): answered when exactly one answer comes out with every
   * word read, null otherwise (a tie or no reading is asked back as typed). A word a reader of the scan found unclear
   * and named the readings of (`unclear` with choices or asked as it is: "al" before a plural noun is "all" or
   * Alabama's code, "every" over a set is "any one of them") is asked about with them, never respelt here; a tie of
   * spellings alone ("ther": "other" or "there") is what the context decides.
   */
  private readInContext(
    input: Input,
    unmapped: readonly string[],
    unclear: Scan['unclear'] = [],
  ): GeneratedQuery | null {
    // a part of several words ("nest 2 months") is tried word by word: a number or a word the parser reads stays
    const words = [...new Set(unmapped.flatMap((part) => part.split(/\s+/)).filter((w) => w.length > 0))];
    if (words.length === 0 || words.length > MAX_CONTEXT_WORDS) return null;
    const asked = new Set(
      unclear.filter((u) => u.choices.length > 0 || u.asIs).flatMap((u) => u.text.toLowerCase().split(/\s+/)),
    );
    if (words.some((w) => asked.has(w.toLowerCase()))) return null;
    const readings: string[][] = [];
    for (const word of words) {
      // a word of the data as near as the parser's is a question for the user ("coud": "could" or "cloud"), and a word
      // that names something of the data (a country's or a state's code, "ca") is that name, never a slip
      // (a country's code the scan left unread, typed in lower case where no place stands, "presidents fo sales", has
      // had its chance to be the place: it may be a slip as any unread word is)
      if (dataWordAsNear(word, this.index) || (isDataName(this.index, word.toLowerCase()) && !this.unreadCode(word)))
        return null;
      const one = correctSlips([word], this.index)?.get(word);
      const options = one === undefined ? contextReadings(word, neighboursIn(input.question, word)) : [one];
      if (options.length > 0) readings.push(options);
      else if (readsAlone(word)) readings.push([word]);
      else return null;
    }
    if (readings.every((options, k) => options.length === 1 && options[0] === words[k])) return null;
    const combinations = readings.reduce<string[][]>(
      (acc, options) => acc.flatMap((done) => options.map((o) => [...done, o])),
      [[]],
    );
    if (combinations.length > MAX_CONTEXT_READINGS) return null;
    // of the readings that answer, those whose respelt words join their neighbours in a phrase ("how many") win
    let answers = new Map<string, GeneratedQuery>();
    let bestJoins = -1;
    for (const combination of combinations) {
      let question = input.question;
      const respelt: string[] = [];
      combination.forEach((word, k) => {
        const typed = words[k] ?? '';
        if (word === typed) return;
        question = replacePart(question, typed, word);
        respelt.push(word);
      });
      if (endsOnBareFiller(question, respelt)) continue;
      const again = this.readQuestion({ ...input, question }, true);
      if (again.kind !== 'sql') continue;
      const joins = phraseJoins(question, respelt);
      if (joins < bestJoins) continue;
      if (joins > bestJoins) answers = new Map();
      bestJoins = joins;
      answers.set(`${again.sql}\u0000${JSON.stringify(again.params)}`, again);
    }
    const [only] = answers.values();
    return answers.size === 1 && only !== undefined ? only : null;
  }

  /** True for a country's code only (read as the place beside a place word or a noun), typed in lower case. */
  private unreadCode(word: string): boolean {
    const w = word.toLowerCase();
    const country = this.index.countries.get(w);
    return (
      word === w &&
      country?.strict === true &&
      !this.index.events.has(w) &&
      !this.index.companies.has(w) &&
      !this.index.venues.has(w) &&
      !this.index.cities.has(w) &&
      !this.index.states.has(w)
    );
  }

  /** Typing slips with one reading are corrected; anything else is asked back. */
  private correctOrClarify(
    input: Input,
    scan: Scan,
    unmapped: readonly string[],
    corrected: boolean,
    unclear: Scan['unclear'],
    notSlips: readonly string[] = [],
  ): GeneratedQuery {
    const slips = unmapped.filter((w) => !notSlips.includes(w));
    return (
      (corrected ? null : this.readCorrected(input, slips, unclear)) ??
      this.clarify(input, scan.tokens, unmapped, unclear, scan.mentions)
    );
  }

  /**
   * The question back about the unmapped words; when nothing can be offered for them and they ask a detail of a
   * thing the question names ("the agenda for AHICE"), a refusal naming the detail the data does not hold.
   */
  private clarify(
    input: Input,
    tokens: Token[],
    ignored: readonly string[],
    unclear: Scan['unclear'] = [],
    mentions: readonly Mention[] = [],
  ): GeneratedQuery {
    const question = input.question;
    const { clarification, pending } = clarifyUnmapped(question, tokens, ignored, this.index, unclear);
    const unheld =
      clarification.options.length === 0 && unclear.length === 0
        ? detectUnheldDetail(tokens, mentions, ignored, previousRequest(input.history)?.target.entity ?? null)
        : null;
    if (unheld) return { kind: 'refusal', code: unheld.code, message: unheld.message };
    const understanding: OfflineUnderstanding = { generator: 'offline', request: null, pending };
    return { kind: 'clarify', clarification, understanding };
  }
}
