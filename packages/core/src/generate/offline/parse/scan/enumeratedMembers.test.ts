import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { isMemberList } from './enumeratedMembers';

/**
 * A parenthetical list of ranks after a noun of people restates it (demo data): the listed ranks are one union,
 * whatever separates them, the vaguer rank before them gives way, and a chief title among them is the C-level of the
 * noun's function; an aside of examples is still dropped.
 */
describe('a parenthetical enumeration of a noun’s members', () => {
  const demo = demoScanner();
  const ask = (q: string): { sql: string; params: readonly unknown[]; interpretation: string } => {
    const a = demo.fixture().ask(q);
    if (a.kind !== 'sql') throw new Error(`${q}: ${a.kind}`);
    return { sql: a.sql, params: a.params, interpretation: a.interpretation };
  };
  const lists = ['vp / director / cmo', 'vp/director/cmo', 'vp, director or cmo', 'vps, directors, cmos'];

  it('the listed ranks and a chief title are one union restating the noun, however they are separated', () => {
    const [first, ...rest] = lists.map((l) => ask(`emails of senior marketing people (${l}) at companies`));
    expect(first?.interpretation).toContain('whose seniority is VP or Director or C-level');
    expect(first?.interpretation).toContain('Marketing');
    expect(first?.interpretation).not.toContain('title mentions');
    for (const other of rest)
      expect({ sql: other.sql, params: other.params }).toEqual({ sql: first?.sql, params: first?.params });
  });

  it('ranks alone restate the rank before them', () => {
    expect(ask('senior sales people (vp / director) at companies').interpretation).toContain(
      'whose seniority is VP or Director,',
    );
  });

  // "vice presidents (VP, SVP, EVP)": titles of a listed rank (by the data's rule) add nothing to it, never a second
  // condition ANDed with the rank ("seniority VP, whose job title mentions SVP or EVP"); another title stays an
  // alternative
  it('titles of a listed rank restate it; another title is an alternative of the ranks', () => {
    const vps = ask('vice presidents (VP, SVP, EVP) at companies').interpretation;
    expect(vps).toContain('whose seniority is VP');
    expect(vps).not.toContain('title mentions');
    expect(ask('senior people (VP, SVP, founder) at companies').interpretation).toContain(
      'whose seniority is VP, or whose job title mentions founder',
    );
  });

  it('a chief title with no function stated stays a title; examples are still dropped', () => {
    expect(ask('senior people (vp / cfo) at companies').interpretation).toContain('title mentions CFO');
    expect(ask('companies (e.g. sponsors, partners)').sql).toEqual(ask('companies').sql);
  });

  it('only lists of ranks and titles without a word of examples are member lists', () => {
    const rank = (x: string): boolean => ['vp', 'director', 'cmo', 'directors'].includes(x);
    expect(isMemberList('vp, director or cmo', rank)).toBe(true);
    expect(isMemberList('vp / directors', rank)).toBe(true);
    expect(isMemberList('e.g. vp, director', rank)).toBe(false);
    expect(isMemberList('vp, sponsors', rank)).toBe(false);
    expect(isMemberList('vp', rank)).toBe(false);
  });
});
