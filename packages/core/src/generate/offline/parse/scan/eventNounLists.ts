import type { Mention } from '../Mention';

/** A plain noun of events ("conferences", "trade shows", "fairs"): no relation, no rows of a listing, no modifier. */
function eventNoun(m: Mention | undefined): m is Mention & { t: 'entity' } {
  return (
    m?.t === 'entity' &&
    m.entity === 'events' &&
    (m.relations === null || m.relations.length === 0) &&
    !m.rows &&
    !m.modifier
  );
}

/**
 * "which trade shows, conferences and fairs ...", "conferences or expos in singapore": nouns of kinds of events
 * listed together are one noun of events, as every kind of event is an event of the data (the data holds no kind of
 * event). Read one by one, each opened a set of the events before it ("events that are among events ..."), and with
 * nothing else to narrow the last, the question was refused. Members are side by side (a comma between them is no
 * token) or joined by "and" / "or".
 */
export function mergeEventNounLists(mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    if (!eventNoun(a)) continue;
    const conj = mentions[k + 1];
    const joined = conj?.t === 'and' || conj?.t === 'or';
    const b = joined ? mentions[k + 2] : conj;
    if (!eventNoun(b) || (joined ? conj.end !== b.start || a.end !== conj.start : a.end !== b.start)) continue;
    a.end = b.end;
    a.text = joined ? `${a.text} ${conj.text} ${b.text}` : `${a.text}, ${b.text}`;
    mentions.splice(k + 1, joined ? 2 : 1);
    k--;
  }
}
