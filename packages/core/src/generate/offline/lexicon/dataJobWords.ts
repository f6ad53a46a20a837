/**
 * The job-function words of `@musaeid/db` as question words: a word the data's own classifier files under a
 * function names that function in a question too. Taken from it: the role acronyms the classifier reads in titles ("SDR", "BDR", "KAM", "CMO"), which name a person holding the role (a
 * people noun: "an SDR", "SDRs"). Two-letter acronyms ("AE", "AI", "MD") are left out: they are also country and
 * state codes or themes; their plural ("AEs", "BDs") is no code and names people holding the role. Added only where
 * the parser's own words (`jobWords.ts`) do not already read the phrase.
 */
import { JOB_FUNCTION_RULES } from '@musaeid/db';
import type { JobFunction } from '../ir/Request';

/** The role acronyms of a title pattern that allows a plural: "\b(?:bdm|bdr|sdr)s?\b". */
const ROLE_ACRONYMS = /^\\b\(\?:((?:[a-z]{2,5}\|)+[a-z]{2,5})\)s\?\\b$/g;

export const DATA_JOB_FUNCTION_WORDS: readonly { phrase: string; values: readonly JobFunction[]; noun: boolean }[] = [
  ...JOB_FUNCTION_RULES.flatMap((rule) =>
    [
      ...(rule.acronyms ?? []).map((a) => a.toLowerCase()),
      ...rule.patterns.flatMap((p) => [...p.matchAll(ROLE_ACRONYMS)].flatMap((m) => (m[1] ?? '').split('|'))),
    ]
      .flatMap((a) => (/^[a-z]{3,5}$/.test(a) ? [a] : /^[a-z]{2}$/.test(a) ? [`${a}s`] : []))
      .map((phrase) => ({ phrase, values: [rule.fn], noun: true })),
  ),
];
