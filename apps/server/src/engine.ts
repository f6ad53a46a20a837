/**
 * What the server needs from an engine: the `Engine` of `@musaeid/core` satisfies it, and tests
 * pass scripted engines. Types only: importing them costs the server nothing at run time.
 */
import type { Answer, Engine } from '@musaeid/core';

import type { ReasonCode } from './reasonCodes';

export type {
  Answer,
  AnswerPath,
  AnswerStatus,
  AskOptions,
  Clarification,
  ClarifyOption,
  ConversationTurn,
  FailureCode,
  ProgressEvent,
  RefusalCode,
  ResultPage,
  ResultRequest,
  ResultSort,
  ResultTotal,
  Suggestion,
  TableDescription as TableInfo,
  TokenUsage,
} from '@musaeid/core';

export type ChatEngine = Pick<Engine, 'ask' | 'runSql' | 'page' | 'total' | 'allRows' | 'schema' | 'suggestQuestions'>;

/** An engine answer, or one the server writes itself for failures the engine never saw (ENGINE_ERROR, INTERRUPTED, ...). */
export type RecordedAnswer = Omit<Answer, 'reason'> & { reason: { code: ReasonCode; message: string } | null };
