import { describe, expect, it } from 'vitest';
import { deriveEmail, EMAIL_PATTERNS, emailNamePart } from './deriveEmail';
import { deriveSurname } from './deriveSurname';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

const base = { firstName: 'Ann-Marie', surname: "O'Neil Smith", domain: 'Example.COM' };

describe('deriveEmail', () => {
  it.each([
    ['[first].[last]', 'annmarie.oneilsmith@example.com'],
    ['[first_initial][last]', 'aoneilsmith@example.com'],
    ['[first]', 'annmarie@example.com'],
    ['[first][last]', 'annmarieoneilsmith@example.com'],
    ['[first]_[last]', 'annmarie_oneilsmith@example.com'],
    ['[first_initial].[last]', 'a.oneilsmith@example.com'],
    ['[first][last_initial]', 'annmarieo@example.com'],
    ['[last]', 'oneilsmith@example.com'],
  ])('%s', (pattern, want) => {
    expect(deriveEmail({ ...base, pattern })).toBe(want);
  });

  it('covers every pattern in the data vocabulary', () => {
    expect(EMAIL_PATTERNS).toHaveLength(8);
  });

  it.each([
    [
      { pattern: '[first].[last]', firstName: 'Christian', surname: 'Håkedal', domain: 'meltwater.com' },
      'christian.hakedal@meltwater.com',
    ],
    [{ pattern: '[first].[last]', firstName: 'Steffen', surname: 'H\\u00f8j', domain: 'x.com' }, 'steffen.hoj@x.com'],
    [
      { pattern: '[first].[last]', firstName: 'Antonio', surname: 'Bolaños Pineda', domain: 'flyr.com' },
      'antonio.bolanospineda@flyr.com',
    ],
    [
      { pattern: '[first_initial][last]', firstName: 'Rapha\\u00ebl', surname: 'Cardon', domain: 'pinterest.com' },
      'rcardon@pinterest.com',
    ],
    [{ pattern: '[first]', firstName: 'Germán', surname: null, domain: 'pros.com' }, 'german@pros.com'],
    [
      { pattern: '[first].[last]', firstName: 'Mats', lastName: 'Pääjärvi', domain: 'impact.com' },
      'mats.paajarvi@impact.com',
    ],
  ])('transliterates accents and escape text: %j', (input, want) => {
    expect(deriveEmail(input)).toBe(want);
  });

  it.each([
    [{ pattern: '', firstName: 'A', surname: 'B', domain: 'x.com' }],
    [{ pattern: null, firstName: 'A', surname: 'B', domain: 'x.com' }],
    [{ pattern: '[first].[last]', firstName: 'Art', surname: null, domain: 'x.com' }],
    [{ pattern: '[first].[last]', firstName: '周', surname: '剑峰', domain: 'x.com' }],
    [{ pattern: '[last]', firstName: 'A', surname: '', domain: 'x.com' }],
    [{ pattern: '[first]', firstName: 'A', surname: 'B', domain: '' }],
    [{ pattern: '[nickname]', firstName: 'A', surname: 'B', domain: 'x.com' }],
  ])('no e-mail without a pattern or a required part: %j', (input) => {
    expect(deriveEmail(input)).toBeNull();
  });

  it('keeps only a-z in name parts', () => {
    expect(emailNamePart("D'Angelo-Ré 2")).toBe('dangelore');
  });
});

warnIfNoRealData('deriveEmail');
describe.skipIf(!hasRealData)('deriveEmail on the real people', () => {
  it('follows the pattern rules for every person', () => {
    let derived = 0;
    for (const r of readRealCsv('people_info.csv')) {
      const pattern = col(r, 'email_pattern');
      const domain = col(r, 'homepage_base_url').toLowerCase();
      const surname = deriveSurname(col(r, 'middle_name'), col(r, 'last_name'));
      const email = deriveEmail({ pattern, firstName: col(r, 'first_name'), surname, domain });
      if (pattern.trim() === '') {
        expect(email).toBeNull();
        continue;
      }
      if (email === null) {
        // only when a part the pattern needs has no a-z letter left
        const needsLast = pattern.includes('[last');
        expect(emailNamePart(col(r, 'first_name')) === '' || (needsLast && emailNamePart(surname) === '')).toBe(true);
        continue;
      }
      derived++;
      const [local, at] = email.split('@');
      expect(at).toBe(domain);
      expect(local).toMatch(/^[a-z]+(?:[._][a-z]+)?$/);
      const first = emailNamePart(col(r, 'first_name'));
      if (pattern.startsWith('[first]')) expect(local?.startsWith(first)).toBe(true);
      if (pattern === '[first].[last]') expect(local).toBe(`${first}.${emailNamePart(surname)}`);
    }
    expect(derived).toBeGreaterThan(3000);
  });
});
