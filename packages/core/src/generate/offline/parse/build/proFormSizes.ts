/**
 * "only the big ones", "just the small ones": a size adjective before a pro-form (`scan/sizeAdjectives.ts`) is the
 * stated size of the companies the pro-form stands for. Said of any other set (events, people) or with no earlier
 * companies to stand for, the adjective measures nothing the question names: its words are asked about.
 */
import type { Request } from '../../ir/Request';
import { LEXICON } from '../lexiconTable';
import type { Scan } from '../scanMentions';

export function unheldProFormSizes(scan: Scan, request: Request, previous: Request | null): string[] {
  if (previous?.target.entity === 'companies' && request.target.entity === 'companies') return [];
  return scan.mentions
    .filter(
      (m) =>
        m.t === 'cond' &&
        m.cond.kind === 'compare' &&
        m.cond.column === 'employees' &&
        LEXICON.get(scan.tokens[m.end]?.norm ?? '')?.some((r) => r.t === 'anaphor' && r.entity === null) === true,
    )
    .map((m) => m.text);
}
