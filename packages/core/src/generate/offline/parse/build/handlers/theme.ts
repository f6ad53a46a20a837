import { applyModifier } from '../applyModifier';
import type { BuildState } from '../BuildState';
import type { MentionOf } from '../MentionHandler';

/** A theme ("fintech", "oil and gas"): a premodifier of the event or company noun right after it, else a condition. */
export function readTopic(s: BuildState, m: MentionOf<'topic'>): void {
  const nextNoun = s.ms.slice(s.k + 1).find((x) => x.t !== 'sector');
  if (
    nextNoun?.t === 'entity' &&
    (nextNoun.entity === 'events' || nextNoun.entity === 'companies') &&
    nextNoun.start <= m.end + 2
  ) {
    s.pendingPre.push(m);
    if (s.neg) s.negatedPre.add(m);
    s.neg = false;
    return;
  }
  if (s.current) {
    applyModifier(s, s.current, m, s.neg);
    s.neg = false;
  } else s.pendingPre.push(m);
}
