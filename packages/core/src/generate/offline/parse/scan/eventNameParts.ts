/**
 * Words typed beside an event's name that belong to the name, not to the question: a place that is part of the
 * name or where the named event is anyway ("the refining conference in asia" for the Asian Refining Technology
 * Conference, "martech summit singapore"), and a year ("itb asia 2025", typed with two digits too: "gstc 25"). A place that is the event's own adds no
 * filter (it restricts nothing and would read as a second condition); a year picks the edition the data holds,
 * and a year the data has no edition of is asked back with the edition it holds, never swapped silently.
 * Run over the mentions once every recogniser has read the question.
 */
import type { NamedHit, ValueIndex } from '../../values/ValueIndex';
import { twoDigitYear } from '../periods';
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
    // "gstc 25", "itb asia 24": two digits right after the name are its edition's year when the data holds an
    // edition of that year (else they stay a number: "cemat 10 sponsors")
    const short = year?.t === 'number' ? twoDigitYear(year.text) : null;
    if (year && short !== null && ev.hit.ids.some((id) => index.eventFacts.get(id)?.years.includes(short))) {
      ev.hit = { ...ev.hit, ids: ev.hit.ids.filter((id) => index.eventFacts.get(id)?.years.includes(short)) };
      absorb(s, ev, year);
    } else if ((year?.t === 'number' || year?.t === 'cond') && YEAR.test(year.text)) {
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

/** Nouns of one holding of an event ("the 2025 edition of X", "X's 2024 one"). */
const EDITION_NOUNS: ReadonlySet<string> = new Set(['edition', 'editions', 'iteration', 'instalment', 'installment']);

/** The year a mention of a year stands for: a year read as a window ("2025"), or two digits left a number ("25"). */
function yearOfMention(m: Mention | undefined): number | null {
  if (m?.t === 'cond' && m.cond.kind === 'startBetween' && YEAR.test(m.text)) return Number(m.text);
  if (m?.t === 'number') return YEAR.test(m.text) ? Number(m.text) : twoDigitYear(m.text);
  return null;
}

/**
 * "the 2025 edition of GSTC", "the 25 edition of itb asia", "GSTC's 2025 edition": a year with a noun of an event's
 * holding, before the name with "of" or after it, is the name's year (as "GSTC 2025" is): the edition asked for, no
 * window on other rows, and the noun names nothing more. A year the data has no edition of is asked back with the
 * edition it holds. Run after `readEventNameParts` (which joins a year typed right after the name) and once the
 * unread words are known (`ignored` / `ignoredAt`): the edition noun is one of them.
 */
export function readEditionYears(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const release = (k: number): void => {
    const j = ignoredAt.indexOf(k);
    if (j >= 0) {
      ignored.splice(j, 1);
      ignoredAt.splice(j, 1);
    }
    s.claimed[k] = true;
  };
  for (const ev of [...s.mentions]) {
    if (ev.t !== 'event' || !s.mentions.includes(ev)) continue;
    // "GSTC's 2025 edition" / "gstc 25 edition": the year is already the name's; the noun after it restates it
    if (EDITION_NOUNS.has(s.w[ev.end] ?? '') && ignoredAt.includes(ev.end) && /\d$/.test(s.w[ev.end - 1] ?? '')) {
      release(ev.end);
      ev.end += 1;
      ev.text = spanText(s.tokens, ev.start, ev.end);
      continue;
    }
    // "the 2025 edition of (the) GSTC"
    // (the name reader may have taken the "of" as the first word of a name that has it: "of cemat")
    const of = s.w[ev.start] === 'of' ? ev.start : ev.start - (s.w[ev.start - 1] === 'the' ? 2 : 1);
    const noun = of - 1;
    if (s.w[of] !== 'of' || !EDITION_NOUNS.has(s.w[noun] ?? '') || !ignoredAt.includes(noun)) continue;
    const yearMention = s.mentions.find((m) => m.end === noun);
    const wanted = yearOfMention(yearMention);
    if (!yearMention || wanted === null) continue;
    const held = ev.hit.ids.filter((id) => s.index.eventFacts.get(id)?.years.includes(wanted));
    const drop = new Set(s.mentions.filter((m) => m !== ev && m.start >= yearMention.start && m.end <= ev.start));
    for (let k = s.mentions.length - 1; k >= 0; k--) if (drop.has(s.mentions[k] as Mention)) s.mentions.splice(k, 1);
    release(noun);
    for (let k = noun + 1; k < ev.start; k++) s.claimed[k] = true;
    const start = yearMention.start;
    const text = spanText(s.tokens, start, ev.end);
    const k = s.mentions.indexOf(ev);
    s.mentions[k] =
      held.length > 0
        ? { ...ev, start, text, hit: { ...ev.hit, ids: held } }
        : {
            start,
            end: ev.end,
            text,
            t: 'unclear',
            about: 'name',
            why: `the data has no ${wanted} edition of ${ev.hit.names.join(', ')}`,
            options: [{ t: 'event', hit: ev.hit }],
          };
  }
}
