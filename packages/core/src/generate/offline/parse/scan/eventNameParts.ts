/**
 * Words typed beside an event's name that belong to the name, not to the question: a place that is part of the
 * name or where the named event is anyway ("the refining conference in asia" for the Asian Refining Technology
 * Conference, "martech summit singapore"), and a year ("itb asia 2025"). A place that is the event's own adds no
 * filter (it restricts nothing and would read as a second condition); a year picks the edition the data holds,
 * and a year the data has no edition of is asked back with the edition it holds, never swapped silently.
 * Run over the mentions once every recogniser has read the question.
 */
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import { regionPhraseForms } from '../../values/regionNameForms';
import { normKey } from '../../text/tokenize';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';
import { spanText } from './ScanState';

const YEAR = /^(19|20)\d\d$/;

/** The words of the named events' names, with "asian" also "asia" (an adjective of a region names it). */
function nameWords(hit: NamedHit): Set<string> {
  const out = new Set<string>();
  for (const name of hit.names) {
    for (const w of normKey(name).split(' ')) {
      out.add(w);
      if (w.endsWith('an') && w.length > 4) out.add(w.slice(0, -1));
    }
  }
  return out;
}

/** True when the place mention is part of the events' names ("apac", "asia", "singapore" in the name). */
function placeInName(hit: NamedHit, place: Mention): boolean {
  const words = nameWords(hit);
  const key = normKey(place.text);
  const joined = ` ${[...words].join(' ')} `;
  const names = hit.names.map((n) => ` ${normKey(n)} `);
  return regionPhraseForms(key).some(
    (form) =>
      form.split(' ').every((w) => words.has(w)) ||
      names.some((n) => n.includes(` ${form} `)) ||
      joined.includes(` ${form} `),
  );
}

/** True when every named event is in the place (its country among the place's countries, or its city). */
function eventsThere(index: ValueIndex, hit: NamedHit, place: Mention): boolean {
  return hit.ids.every((id) => {
    const facts = index.eventFacts.get(id);
    if (!facts) return false;
    if (place.t === 'country') return facts.country !== null && place.names.includes(facts.country);
    if (place.t === 'city') return facts.city !== null && place.values.includes(facts.city);
    return false;
  });
}

/** Joins mention b (and any between) into the event mention a: one name. */
function absorb(s: ScanState, a: Mention, upTo: Mention): void {
  const drop = new Set(s.mentions.filter((m) => m !== a && m.start >= a.end && m.end <= upTo.end));
  a.end = upTo.end;
  a.text = spanText(s.tokens, a.start, a.end);
  for (let k = s.mentions.length - 1; k >= 0; k--) if (drop.has(s.mentions[k] as Mention)) s.mentions.splice(k, 1);
}

/** The mention starting at token i, if any. */
const at = (s: ScanState, i: number): Mention | undefined => s.mentions.find((m) => m.start === i);

export function readEventNameParts(s: ScanState): void {
  const { index } = s;
  for (const ev of [...s.mentions]) {
    if (ev.t !== 'event') continue;
    // "… in asia", "… singapore": a place right after the name, with "in" or "at" between at most
    let next = at(s, ev.end);
    if (next?.t === 'prep' && (next.p === 'in' || next.p === 'at')) next = at(s, next.end);
    if (next && (next.t === 'country' || next.t === 'city') && s.mentions.includes(ev)) {
      if (placeInName(ev.hit, next) || eventsThere(index, ev.hit, next)) absorb(s, ev, next);
    }
    // "itb asia 2025": a year right after the name picks that year's edition, whether the time reader took it as a
    // year ("sponsors of GSTC 2025 - the space convention": a start window on the companies' events) or not
    const year = at(s, ev.end);
    if ((year?.t === 'number' || year?.t === 'cond') && YEAR.test(year.text)) {
      const wanted = Number(year.text);
      const held = ev.hit.ids.filter((id) => index.eventFacts.get(id)?.years.includes(wanted));
      if (held.length > 0) {
        ev.hit = { ...ev.hit, ids: held };
        absorb(s, ev, year);
      } else {
        // the data has another edition only: asked back (the options name the edition held)
        const names = ev.hit.names.join(', ');
        const text = spanText(s.tokens, ev.start, year.end);
        s.mentions.splice(s.mentions.indexOf(year), 1);
        const k = s.mentions.indexOf(ev);
        s.mentions[k] = {
          start: ev.start,
          end: year.end,
          text,
          t: 'unclear',
          about: 'name',
          why: `the data has no ${wanted} edition of ${names}`,
          options: [{ t: 'event', hit: ev.hit }],
        };
      }
    }
  }
}
