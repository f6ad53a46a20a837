/**
 * Every industry value of the data is reachable by the forms users type for it: its own words, one long word cut
 * short ("info", "broad"), two of its words typed as one ("cybersecurity"), written short ("govt", "mfg"). The forms
 * are generated from the values themselves, so the test measures the whole vocabulary, not a list of phrasings.
 */
import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../testkit';
import { tokenize } from '../text/tokenize';
import type { ValueIndex } from '../values/ValueIndex';
import { matchTopic } from './matchTopic';
import { expandClippedThemes } from './scan/clippedThemes';
import { expandIndustryShortForms } from './scan/industryShortForms';
import { isEnglishWord } from './scan/vocabularySpelling';

const JOINING = new Set(['and', 'or', 'of', 'the', 'for', 'in', 'to']);

/** The forms of one industry's words: [kind, words]. */
function formsOf(words: readonly string[]): [string, string[]][] {
  const forms: [string, string[]][] = [['name', [...words]]];
  words.forEach((w, k) => {
    if (w.length >= 8) forms.push(['clipped', words.map((x, j) => (j === k ? x.slice(0, 4) : x))]);
  });
  for (let k = 0; k + 1 < words.length; k++)
    forms.push(['joined', [...words.slice(0, k), `${words[k] ?? ''}${words[k + 1] ?? ''}`, ...words.slice(k + 2)]]);
  return forms;
}

/** The industries a form reaches, read as the scan reads theme words (clipped phrases, short forms). */
function reached(form: readonly string[], index: ValueIndex): string[] {
  const tokens = tokenize(form.join(' '));
  expandClippedThemes(tokens, index, () => false);
  expandIndustryShortForms(tokens, index, (x) => matchTopic([x], index).any || isEnglishWord(x));
  return matchTopic(
    tokens.map((t) => t.norm),
    index,
  ).industries;
}

describe.runIf(hasRealData)('industry values reached by their typed forms (real data)', () => {
  const scanned = scannedFixture(realFixture, 'industryReach');

  it('reaches nearly every value by each kind of form', ({ skip }) => {
    const { index } = scanned;
    if (!index) return skip();
    const tally = new Map<string, { all: number; hit: number }>();
    for (const industry of index.industries) {
      const words = industry.tokens.filter((x) => /^[a-z]+$/.test(x) && !JOINING.has(x));
      if (words.length === 0) continue;
      for (const [kind, form] of formsOf(words)) {
        const t = tally.get(kind) ?? { all: 0, hit: 0 };
        t.all++;
        if (reached(form, index).includes(industry.name)) t.hit++;
        tally.set(kind, t);
      }
    }
    // every value by its own words; the clipped and joined forms left are English words as typed ("mark", "soft")
    // or fit several values ("comm", "cons"), which are asked about
    const share = (kind: string): number => (tally.get(kind)?.hit ?? 0) / (tally.get(kind)?.all ?? 1);
    expect(share('name')).toBe(1);
    expect(share('clipped')).toBeGreaterThan(0.9);
    expect(share('joined')).toBeGreaterThan(0.95);
  }, 120_000);
});
