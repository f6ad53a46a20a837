/** Why a question was refused (the request itself is not answerable from the data). */
export type RefusalCode = 'MODIFICATION_REQUEST' | 'OUT_OF_SCOPE' | 'UNMAPPED';
/** Why answering failed (something went wrong on the way). */
export type FailureCode = 'GUARD_REJECTED' | 'TIMEOUT' | 'SQL_ERROR' | 'LLM_ERROR' | 'ENGINE_ERROR';
