export { createMusaeidClient } from './client';
export type { EventSourceClass, FetchFunction, MusaeidClient, MusaeidClientOptions } from './client';
export type { AskHelpers, AskOptions, AskResult, AskStreamEvent, ChatMessage } from './ask';
export { MusaeidError, errorCode, isMusaeidError } from './errors';
export type { MusaeidErrorCode } from './errors';
export type { AppRouter, RouterInputs, RouterOutputs } from './types';
