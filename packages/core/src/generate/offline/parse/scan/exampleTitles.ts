/**
 * Job titles given as examples of a kind ("aussie ceos/ctos etc", "vps, svps and the like"): a closing phrase
 * (`lexicon/exampleWords.ts` ROLE_LIST_CLOSERS) after a list of titles says the titles stand for the kind they
 * share, not for themselves. The kind is what the data's own rules make of every title of the list: the seniority
 * `classifySeniority` (`@musaeid/db`, the rule every person's seniority comes from) gives all of them (CEO, CTO:
 * C-level), else the job function `classifyJobFunctions` gives all of them. A list whose titles share neither is
 * left alone, so its closer is asked about. The theme version ("food, pets, that kinda thing") is
 * `exampleThemes.ts`; both read the same closers.
 */
import { classifyJobFunctions, classifySeniority } from '@musaeid/db';
import { ROLE_LIST_CLOSERS } from '../../lexicon/exampleWords';
import type { Mention, MentionBody } from '../Mention';
import { claim, type ScanState } from './ScanState';

const CLOSERS: readonly string[][] = ROLE_LIST_CLOSERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The length of the closing phrase typed at token `i`, or 0 (as typed: a vocabulary pass may respell its words). */
function closerAt(s: ScanState, i: number): number {
  const typed = s.tokens.map((t) => t.raw.toLowerCase().replace(/\.$/, ''));
  for (const c of CLOSERS) if (c.every((x, k) => typed[i + k] === x)) return c.length;
  return 0;
}

/** The one value every item gives, or null. */
function shared<T>(items: readonly (readonly T[])[]): T | null {
  const [first, ...rest] = items;
  const common = (first ?? []).filter((v) => rest.every((r) => r.includes(v)));
  return common.length === 1 ? (common[0] ?? null) : null;
}

/** An item of a list of roles: a title, a seniority or a job function read there. */
type Role = Extract<Mention, { t: 'title' } | { t: 'seniority' } | { t: 'function' }>;
const isRole = (m: Mention | undefined): m is Role => m?.t === 'title' || m?.t === 'seniority' || m?.t === 'function';

/** The kind the roles share: their one seniority, else their one job function (a title's by the data's rules). */
function kindOf(roles: readonly Role[]): MentionBody | null {
  const seniority = shared(
    roles.map((m) => {
      if (m.t === 'seniority') return m.values;
      if (m.t === 'function') return [];
      const level = classifySeniority(m.word.label);
      return level ? [level] : [];
    }),
  );
  if (seniority) return { t: 'seniority', values: [seniority], noun: true };
  const fn = shared(
    roles.map((m) => (m.t === 'function' ? m.values : m.t === 'title' ? classifyJobFunctions(m.word.label) : [])),
  );
  return fn ? { t: 'function', values: [fn], noun: true } : null;
}

/** The mention reads the same kind (the same one seniority or job function). */
function sameKind(m: Mention, kind: MentionBody): boolean {
  if ((m.t !== 'seniority' && m.t !== 'function') || (kind.t !== 'seniority' && kind.t !== 'function')) return false;
  if (m.t !== kind.t) return false;
  return m.values.length === kind.values.length && m.values.every((v, k) => v === kind.values[k]);
}

export function readExampleTitles(s: ScanState): void {
  const at = (k: number): Mention | undefined => s.mentions.find((m) => m.start <= k && k < m.end);
  for (let i = 1; i < s.w.length; i++) {
    const lead = at(i);
    const closer = closerAt(s, i);
    if (closer === 0) continue;
    // the closer's words may have been read by passes before this one ("that" a relative pronoun, "of", "thing" a
    // theme: "VP level, SVP, EVP, that kind of thing" read the Internet of Things industry): read wholly inside the
    // closer, they are its words; a reading running past it is left alone
    const inside = s.mentions.filter((m) => m.end > i && m.start < i + closer);
    if (inside.some((m) => m.start < i || m.end > i + closer)) continue;
    // the roles right before the closer: side by side (a comma leaves no token) or joined by "or" / "and" (a slash
    // is read as "or")
    const items: Role[] = [];
    const joins: Mention[] = [];
    let k = i - 1;
    for (;;) {
      const m = at(k);
      if (!isRole(m) || m.end !== k + 1) break;
      items.unshift(m);
      const j = at(m.start - 1);
      if (j?.t === 'or' || j?.t === 'and') {
        if (!isRole(at(j.start - 1))) break;
        joins.unshift(j);
        k = j.start - 1;
      } else k = m.start - 1;
    }
    if (items.length === 0) continue;
    const kind = kindOf(items);
    if (!kind) continue;
    const start = items[0]?.start ?? i;
    const drop = new Set<Mention>([...items, ...joins, ...inside]);
    if (lead && (lead.t === 'and' || lead.t === 'or')) drop.add(lead);
    for (let x = s.mentions.length - 1; x >= 0; x--) {
      const m = s.mentions[x];
      if (m && drop.has(m)) s.mentions.splice(x, 1);
    }
    for (let x = start; x < i + closer; x++) s.claimed[x] = false;
    // "who does finance? like a cfo or finance manager or something": examples of a kind the question already
    // names restate it; a second reading of it would be taken for something else (the finance theme of events)
    if (s.mentions.some((m) => sameKind(m, kind))) for (let x = start; x < i + closer; x++) s.claimed[x] = true;
    else claim(s, start, i + closer, kind);
    i += closer - 1;
  }
}
