import type { Mention } from '../Mention';
import type { BuildState } from './BuildState';

/** The mention of one kind. */
export type MentionOf<T extends Mention['t']> = Extract<Mention, { t: T }>;

/**
 * Reads one mention into the state. The mention is `s.ms[s.k]`; its neighbours are `s.ms[s.k - 1]` and
 * `s.ms[s.k + 1]`, and a handler that consumes the next mention too moves `s.k` on.
 */
export type MentionHandler<T extends Mention['t']> = (s: BuildState, m: MentionOf<T>) => void;

/** Mentions read by other steps, or only as context by their neighbours' handlers. */
export function readByContext(): void {}
