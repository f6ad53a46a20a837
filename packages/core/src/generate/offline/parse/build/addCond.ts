import type { Cond } from '../../ir/Request';
import { mergedPairs } from '../techCompounds';
import { INHERITED } from './carriedConds';
import type { Draft } from './Draft';
import { placeUnion } from './placeUnions';

/** True when a condition was carried from an earlier turn (a follow-up narrows or replaces it). */
const carriedFrom = (c: Cond): boolean => INHERITED.get(c) !== undefined;

/** True when two conditions say the same thing, their labels (the words that named them) aside. */
function sameExceptLabel(a: Cond, b: Cond): boolean {
  const unlabelled = (c: Cond): string => JSON.stringify({ ...c, label: undefined });
  return unlabelled(a) === unlabelled(b);
}

/** True when the start window `inner` lies inside `outer` (ISO dates compare as strings; null is open). */
function windowWithin(inner: Cond, outer: Cond): boolean {
  if (inner.kind !== 'startBetween' || outer.kind !== 'startBetween') return false;
  const fromInside = outer.from === null || (inner.from !== null && inner.from >= outer.from);
  const toInside = outer.to === null || (inner.to !== null && inner.to <= outer.to);
  return fromInside && toInside;
}

/**
 * Adds a condition to a draft. A second condition of a kind already there is a union with it ("HR and
 * recruiting", "Singapore or Malaysia"); one carried from the previous turn is narrowed or replaced
 * (`carriedConds.ts`).
 */
export function addCond(d: Draft, c: Cond): void {
  const negOf = (x: Cond): boolean => ('negate' in x ? x.negate : false);
  // the same condition said twice is one, whatever words named it: a range restated in an aside ("this fall (sept
  // through nov)") is that range, not a second one narrowing it
  if (d.conds.some((x) => x.kind === c.kind && sameExceptLabel(x, c))) return;
  // "coming up in the next two months": a window inside another one said of the same rows is the narrower one alone,
  // never two windows ANDed
  if (c.kind === 'startBetween') {
    const wider = d.conds.find((x) => x.kind === 'startBetween' && !carriedFrom(x) && windowWithin(c, x));
    if (wider) {
      d.conds.splice(d.conds.indexOf(wider), 1, c);
      return;
    }
    if (d.conds.some((x) => x.kind === 'startBetween' && !carriedFrom(x) && windowWithin(x, c))) return;
  }
  // "which ones are held outside Singapore?" after the events in Singapore: a carried condition the new one negates
  // is replaced (both hold for nothing): the follow-up asks for the rest of the earlier set
  const negated = d.conds.find(
    (x) =>
      carriedFrom(x) &&
      x.kind === c.kind &&
      negOf(x) !== negOf(c) &&
      sameExceptLabel({ ...x, negate: negOf(c) } as Cond, c),
  );
  if (negated) {
    d.conds.splice(d.conds.indexOf(negated), 1, c);
    return;
  }
  const same = d.conds.find((x) => x.kind === c.kind && negOf(x) === negOf(c));
  const carried = same ? INHERITED.get(same) : undefined;
  if (same && carried === 'replace') {
    d.conds.splice(d.conds.indexOf(same), 1, c);
    return;
  }
  if (same && carried === 'narrow') {
    if (JSON.stringify(same) !== JSON.stringify(c)) d.conds.push(c);
    return;
  }
  if (same && same.kind === 'jobFunction' && c.kind === 'jobFunction') {
    // "sales people who also do marketing": an intersection joins a single function or another intersection;
    // "sales or marketing people who also do HR" keeps the union and adds the intersection as its own condition
    const all = same.all === true || c.all === true;
    if (all && !(same.values.length === 1 || same.all)) {
      d.conds.push(c);
      return;
    }
    same.values = [...new Set([...same.values, ...c.values])];
    if (all) same.all = true;
    return;
  }
  if (same && same.kind === 'seniority' && c.kind === 'seniority') {
    // a level held in some functions only ("marketing directors", beside a title) is no level of the other's list
    if (same.ofFunctions || c.ofFunctions) {
      d.conds.push(c);
      return;
    }
    same.values = [...new Set([...same.values, ...c.values])];
    const orFunctions = [...new Set([...(same.orFunctions ?? []), ...(c.orFunctions ?? [])])];
    if (orFunctions.length > 0) same.orFunctions = orFunctions;
    const orTitles = [...(same.orTitles ?? []), ...(c.orTitles ?? [])];
    if (orTitles.length > 0) same.orTitles = orTitles;
    return;
  }
  if (same && same.kind === 'country' && c.kind === 'country') {
    same.values = [...new Set([...same.values, ...c.values])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'title' && c.kind === 'title') {
    // "presidents and CEOs": a member with exclusions of its own ("vice president" is no president) keeps them for
    // itself; pooled into one pattern list they were dropped for all ("Vice President" matched as a president)
    const sameExclusions = same.exclude.length === c.exclude.length && same.exclude.every((x) => c.exclude.includes(x));
    if (sameExclusions && !same.alternatives && !c.alternatives)
      same.patterns = [...new Set([...same.patterns, ...c.patterns])];
    else
      same.alternatives = [
        ...(same.alternatives ?? []),
        { label: c.label, patterns: [...c.patterns], exclude: [...c.exclude] },
        ...(c.alternatives ?? []),
      ];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'venue' && c.kind === 'venue') {
    same.patterns = [...new Set([...same.patterns, ...c.patterns])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  // a country and a city outside it are a union ("people in London or Germany"), whichever was said first
  const otherPlace = d.conds.find(
    (x) => (x.kind === 'country' && c.kind === 'city') || (x.kind === 'city' && c.kind === 'country'),
  );
  if (otherPlace && !carriedFrom(otherPlace)) {
    const [country, city] = otherPlace.kind === 'country' ? [otherPlace, c] : [c, otherPlace];
    const union = country.kind === 'country' && city.kind === 'city' ? placeUnion(country, city) : null;
    if (union) {
      d.conds.splice(d.conds.indexOf(otherPlace), 1, union);
      return;
    }
  }
  if (same && same.kind === 'city' && c.kind === 'city') {
    same.values = [...new Set([...same.values, ...c.values])];
    return;
  }
  if (same && same.kind === 'state' && c.kind === 'state') {
    same.values = [...new Set([...same.values, ...c.values])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'tag' && c.kind === 'tag') {
    same.tags = [...new Set([...same.tags, ...c.tags])];
    same.label = [same.label, c.label].filter(Boolean).join(' or ');
    const mentioning = [...new Set([...(same.mentioning ?? []), ...(c.mentioning ?? [])])];
    if (mentioning.length > 0) same.mentioning = mentioning;
    const withTag = mergedPairs(same.withTag, c.withTag);
    if (withTag) same.withTag = withTag;
    return;
  }
  // "sponsors that are banks or in financial services": two industries of one company noun are any of them, as two
  // countries or two themes are; each side must name industries of the data (a side read only by its words has no
  // list to join, and stays a condition of its own)
  if (
    same &&
    same.kind === 'industry' &&
    c.kind === 'industry' &&
    same.industries.length > 0 &&
    c.industries.length > 0
  ) {
    same.industries = [...new Set([...same.industries, ...c.industries])];
    same.words = [...new Set([...same.words, ...c.words])];
    same.label = `${same.label} or ${c.label}`;
    return;
  }
  if (same && same.kind === 'ids' && c.kind === 'ids' && same.entity === c.entity) {
    same.ids = [...new Set([...same.ids, ...c.ids])];
    same.names = [...new Set([...same.names, ...c.names])];
    const absent = [...(same.absent ?? []), ...(c.absent ?? [])];
    if (absent.length > 0) same.absent = [...new Set(absent)];
    return;
  }
  d.conds.push(c);
}
