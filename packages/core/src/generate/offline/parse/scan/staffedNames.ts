import type { Mention } from '../Mention';
import type { ValueIndex } from '../../values/ValueIndex';

/** Mentions that make the question one about people (their roles, or their e-mail addresses). */
function asksAboutPeople(mentions: readonly Mention[]): boolean {
  return mentions.some(
    (m) =>
      (m.t === 'entity' && m.entity === 'people') ||
      m.t === 'function' ||
      m.t === 'seniority' ||
      m.t === 'title' ||
      m.t === 'employment' ||
      (m.t === 'attribute' && m.attr === 'email'),
  );
}

/**
 * "emails for the directors at far east hospitality": a name that fits several companies alike, in a question about
 * people, means the one of them with people in the data, when only one has any (the other company could give no
 * answer at all, so asking which was meant asked about nothing). Only names whose every reading is a company.
 */
export function settleNamesByPeople(mentions: Mention[], index: ValueIndex): void {
  if (!asksAboutPeople(mentions)) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'unclear' || m.about !== 'name' || m.options.length < 2) continue;
    if (!m.options.every((o) => o.t === 'company')) continue;
    const staffed = m.options.filter(
      (o) => o.t === 'company' && o.hit.ids.some((id) => index.staffedCompanies.has(id)),
    );
    const [only] = staffed;
    if (staffed.length === 1 && only) mentions[k] = { start: m.start, end: m.end, text: m.text, ...only };
  }
}
