import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { normKey } from '../../text/tokenize';
import { demoScanner, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

/** Names of several words the index reads whole, with no clause punctuation of their own, and their key. */
function namesOfSeveralWords(index: ValueIndex, kind: 'event' | 'company'): { key: string; id: number }[] {
  return index.named.flatMap((n) => {
    const key = normKey(n.name);
    const hit = (kind === 'event' ? index.events : index.companies).get(key);
    const [id] = n.ids;
    return n.kind === kind && id !== undefined && hit && !/[,;:()]/.test(n.name) && key.split(' ').length >= 2
      ? [{ key, id }]
      : [];
  });
}

describe('a name of the database never joins the words of two clauses', () => {
  const { index } = demoScanner();

  it.each(['event', 'company'] as const)('a %s name split by a comma is not that name', (kind) => {
    const names = namesOfSeveralWords(index(), kind).slice(0, 40);
    expect(names.length).toBeGreaterThan(3);
    for (const { key, id } of names) {
      const words = key.split(' ');
      const q = `list the sponsors: ${words[0] ?? ''}, ${words.slice(1).join(' ')}`;
      const scan = scanMentions(q, index(), '2024-07-15');
      const comma = scan.tokens.findIndex(
        (t, k) => k > 0 && t.norm === words[1] && scan.tokens[k - 1]?.norm === words[0],
      );
      for (const m of scan.mentions)
        if ((m.t === 'event' || m.t === 'company') && m.start < comma && m.end > comma)
          expect(m.hit.ids, `${q}: read as one name`).not.toContain(id);
    }
  });

  it.each(['event', 'company'] as const)('typed whole, a %s name is still read', (kind) => {
    for (const { key, id } of namesOfSeveralWords(index(), kind).slice(0, 20)) {
      const scan = scanMentions(`list the sponsors: ${key}`, index(), '2024-07-15');
      const whole = scan.mentions.find((m) => (m.t === 'event' || m.t === 'company') && m.hit.ids.includes(id));
      expect(whole, key).toBeDefined();
    }
  });
});

describe.skipIf(!hasRealData)('a name that holds a comma is read typed with its comma (real data)', () => {
  let f: Fixture | null = null;
  let idx: ValueIndex | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('databaseNames');
    f = await realFixture();
    idx = valueIndexOf(f);
  });
  afterAll(() => f?.close());

  it('every company name with a comma inside ("Marriott International Hotels, Inc.")', () => {
    if (!idx) return;
    const index = idx;
    const named = index.named.filter((n) => n.kind === 'company' && /\w, \w/.test(n.name));
    expect(named.length).toBeGreaterThan(0);
    for (const n of named) {
      const scan = scanMentions(`people at ${n.name}`, index, '2024-07-15');
      const read = scan.mentions.find((m) => m.t === 'company' && n.ids.every((id) => m.hit.ids.includes(id)));
      // the name is found (a legal form after the comma may be left out: "FURTHER PRODUCTS" is the company too)
      expect(read, n.name).toBeDefined();
    }
  });
});

describe('a full name of the data typed in lower case is that person', () => {
  const { index } = demoScanner();

  it('"email for <first> <surname>" in lower case reads the person, as typed with capitals', () => {
    const people = [...index().people.entries()]
      .filter(([key]) => /^\p{L}[\p{L}'-]+ \p{L}[\p{L}'-]+$/u.test(key))
      .filter(([key]) => key.split(' ').every((x) => !LEXICON_PHRASES.has(x)))
      .slice(0, 15);
    expect(people.length).toBeGreaterThan(3);
    for (const [key, hit] of people) {
      const scan = scanMentions(`email for ${key} pls`, index(), '2024-07-15');
      const person = scan.mentions.find((m) => m.t === 'person');
      expect(person && person.t === 'person' ? person.hit.ids : [], key).toEqual(hit.ids);
    }
  });

  it('an initial typed in lower case is too weak to be a surname ("anne s")', () => {
    const withInitial = [...index().people.keys()].find((key) => /^\p{L}{2,} \p{L}$/u.test(key));
    if (withInitial === undefined) return; // the demo data may hold no such name
    const scan = scanMentions(`email for ${withInitial}`, index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'person')).toBe(false);
  });
});
