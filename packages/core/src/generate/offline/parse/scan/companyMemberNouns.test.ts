import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture, interpretationOf, valueIndexOf } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { isEnglishWord } from './vocabularySpelling';

/**
 * "<company>ers": the people working at a company of the data, named by its name with the agent suffix (demo data:
 * its company names are generated, so the names are looked up, not written here).
 */
describe('the people of a company named by its name with "-ers" (demo data)', () => {
  let f: Fixture;
  let index: ValueIndex;
  beforeAll(async () => {
    f = await demoFixture();
    index = valueIndexOf(f);
  });
  afterAll(() => f.close());

  const interpretation = (q: string): string => {
    return interpretationOf(f, q);
  };

  /** One-word company names of the data read in lower case, with their "-ers" noun no English word. */
  const names = (): string[] =>
    [...index.companies.entries()]
      .filter(([key, hit]) => /^[a-z]{4,}$/.test(key) && hit.quality >= 2 && !hit.needsCaps)
      .map(([key]) => key)
      .filter((key) => !isEnglishWord(`${key.replace(/e$/, '')}ers`))
      .slice(0, 3);

  it('reads "<name>ers" as the people at the company, as "people at <name>" is read', () => {
    const found = names();
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) {
      const noun = `${name.replace(/e$/, '')}ers`;
      const said = interpretation(`how many ${noun} are in the data`);
      expect(said, noun).toBe(interpretation(`how many people at ${name} are in the data`));
      expect(said).toMatch(/^number of people working at companies named /);
    }
  });

  it('an English word ending so is no company ("bankers", "traders"), whatever the data names', () => {
    for (const q of ['how many bankers are in the data', 'list the traders']) {
      expect(interpretation(q)).not.toMatch(/working at companies named/);
    }
  });
});
