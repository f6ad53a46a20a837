export { createMusaeidClient } from './client';
export type { EventSourceClass, FetchFunction, MusaeidClient, MusaeidClientOptions } from './client';
export type { AskHelpers, AskOptions, AskResult, AskStreamEvent, ChatMessage, ChatTimeline } from './ask';
export { MusaeidError, errorCode, errorReason, isMusaeidError } from './errors';
export type { MusaeidErrorCode, MusaeidErrorReason } from './errors';
export type { AppRouter, RouterInputs, RouterOutputs } from './types';
