import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../lexiconTable';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { normKey } from '../../text/tokenize';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { GENERIC_COMPANY, LEGAL } from '../../values/ValueIndex';
import { matchLooseName } from './looseNames';

/**
 * Two words several companies' names share (found in the data, not written here): the names they equally name,
 * and the words as typed. A pair of words that is one name's whole own words is that name ("custom culinary").
 */
function sharedPhrases(f: Fixture): { phrase: string; names: string[] }[] {
  const byPhrase = new Map<string, Set<string>>();
  for (const name of f.oracle('SELECT DISTINCT name FROM companies')) {
    if (typeof name !== 'string') continue;
    const words = normKey(name).split(' ').filter(Boolean);
    for (let k = 0; k + 1 < words.length; k++) {
      const pair = [words[k] ?? '', words[k + 1] ?? ''];
      // words the sentence or the vocabulary also uses are not a name's own
      if (pair.some((w) => w.length < 3 || FILLER_WORDS.has(w) || LEGAL.has(w))) continue;
      const phrase = pair.join(' ');
      byPhrase.set(phrase, (byPhrase.get(phrase) ?? new Set()).add(name));
    }
  }
  return [...byPhrase]
    .filter(([, names]) => names.size >= 2 && names.size <= 4)
    .map(([phrase, names]) => ({ phrase, names: [...names] }))
    .filter(
      ({ phrase, names }) => !names.some((n) => ownWords(n) === ownWords(phrase)) && !LEXICON_PHRASES.has(phrase),
    );
}

/** A name without its legal form and generic company words: "Electrolux Professional Group" -> "electrolux professional". */
function ownWords(name: string): string {
  return normKey(name)
    .split(' ')
    .filter((w) => w && !LEGAL.has(w) && !GENERIC_COMPANY.has(w))
    .join(' ');
}

describe.skipIf(!hasRealData)('a loose name several names share (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 180_000);
  afterAll(() => f.close());

  it('is never read as one of the names it fits: asked back, with each of them offered', () => {
    const shared = sharedPhrases(f);
    expect(shared.length).toBeGreaterThan(3);
    let offered = 0;
    for (const { phrase, names } of shared) {
      const asked = f.ask(`people at ${phrase}`);
      if (asked.kind === 'sql') {
        // answered: not by one of the names alone, unless it is the only one of them with people (the others'
        // people are none, so the one answers as all of them would: `staffedNames.ts`)
        const picked = names.filter((n) => asked.interpretation.includes(n));
        const staffed = names.filter(
          (n) =>
            f.oracle('SELECT 1 FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?', n).size > 0,
        );
        const onlyStaffed = picked.length === 1 && staffed.length === 1 && staffed[0] === picked[0];
        expect(picked.length === 1 && names.length > 1 && !onlyStaffed, `${phrase}: ${asked.interpretation}`).toBe(
          false,
        );
        continue;
      }
      if (asked.kind !== 'clarify') continue;
      const labels = asked.clarification.options.map((o) => o.label).join(' | ');
      if (labels === '') continue;
      offered++;
      for (const n of names) expect(labels, phrase).toContain(n);
    }
    expect(offered).toBeGreaterThan(2);
  });

  it('an option chosen reads the question with that name', () => {
    const [shared] = sharedPhrases(f).filter(({ phrase }) => {
      const asked = f.ask(`people at ${phrase}`);
      return asked.kind === 'clarify' && asked.clarification.options.length > 2;
    });
    expect(shared).toBeDefined();
    if (!shared) return;
    const first = f.ask(`people at ${shared.phrase}`);
    if (first.kind !== 'clarify') return;
    const option = first.clarification.options[0];
    const chosen = f.ask(`people at ${shared.phrase}`, option?.id ?? '1');
    expect(chosen.kind).toBe('sql');
    if (chosen.kind !== 'sql') return;
    const label = option?.label.replace(/^the company /, '') ?? '';
    expect(chosen.interpretation).toContain(label);
  });

  it('two words of a name run together and cut short ("cybersec" for "cyber security") still name it', () => {
    const index = valueIndexOf(f);
    let tried = 0;
    for (const e of index.named.filter((x) => x.kind === 'event')) {
      const words = normKey(e.name).split(' ');
      const [first = '', second = '', ...rest] = words;
      if (words.length > 4 || first.length < 4 || second.length < 6 || /\d/.test(first + second)) continue;
      tried++;
      const typed = [`${first}${second.slice(0, 3)}`, ...rest];
      const found = matchLooseName(typed, index).map((b) => (b.t === 'event' ? b.hit.names[0] : ''));
      expect(found, typed.join(' ')).toContain(e.name);
    }
    expect(tried).toBeGreaterThan(0);
  });
});
