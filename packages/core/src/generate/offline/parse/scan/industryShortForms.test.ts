import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { expandIndustryShortForms, industryWordOf, shortens } from './industryShortForms';

/** Industries and the companies holding them: what the short forms are read against. */
const industries = [
  { name: 'Government Administration', tokens: ['government', 'administration'] },
  { name: 'Machinery Manufacturing', tokens: ['machinery', 'manufacturing'] },
  { name: 'Marketing Services', tokens: ['marketing', 'services'] },
  { name: 'Hospitality', tokens: ['hospitality'] },
  { name: 'Hospitals & Clinics', tokens: ['hospitals', 'clinics'] },
  {
    name: 'Public Relations and Communications Services',
    tokens: ['public', 'relations', 'communications', 'services'],
  },
  { name: 'Commercial Real Estate', tokens: ['commercial', 'real', 'estate'] },
  { name: 'Data Warehousing', tokens: ['data', 'warehousing'] },
  { name: 'Customer Experience', tokens: ['customer', 'experience'] },
];
/** Company id -> its industries: hospitality and hospitals are held by as many companies (a tie). */
const held: Record<number, string[]> = {
  1: ['Government Administration'],
  2: ['Machinery Manufacturing'],
  3: ['Marketing Services'],
  4: ['Hospitality'],
  5: ['Hospitals & Clinics'],
  6: ['Public Relations and Communications Services'],
  7: ['Public Relations and Communications Services'],
  8: ['Public Relations and Communications Services'],
  9: ['Commercial Real Estate'],
  10: ['Data Warehousing'],
  11: ['Customer Experience'],
};
const index = {
  industries,
  firstNames: new Map([['coco', 'Coco']]),
  surnames: new Map([['wang', 'Wang']]),
  companyTraits: new Map(Object.entries(held).map(([id, names]) => [Number(id), { industries: names, country: null }])),
} as unknown as ValueIndex;

describe('short forms of industry words', () => {
  it.each([
    ['govt', 'government'],
    ['svcs', 'services'],
    ['mktg', 'marketing'],
    ['admin', 'administration'],
    ['comms', 'communications'],
    ['intl', 'international'],
  ])('%s shortens %s', (typed, word) => {
    expect(shortens(typed, word)).toBe(true);
  });

  it.each([
    // a vowel after the kept first letters is no contraction; nor a form not ending on the word's last letter
    ['mnfo', 'manufacturing'],
    // three letters are no contraction ("lol" of a chat is no "local", "mfg" is asked about)
    ['lol', 'local'],
    ['mfg', 'manufacturing'],
    ['gvn', 'government'],
    // too short, or hardly shorter than the word
    ['go', 'government'],
    ['hospitalit', 'hospitality'],
    // most of the word's letters kept: a slip of it or of another word ("trading"), no contraction
    ['traing', 'training'],
    ['managment', 'management'],
  ])('%s does not shorten %s', (typed, word) => {
    expect(shortens(typed, word)).toBe(false);
  });

  it('reads the word the form shortens, one of several only when far commoner in the companies', () => {
    expect(industryWordOf('govt', index)).toBe('government');
    // "comms": communications (three companies) over commercial (one)
    expect(industryWordOf('comms', index)).toBe('communications');
    // "hosp": hospitality and hospitals are as common, so it is asked about
    expect(industryWordOf('hosp', index)).toBeNull();
    expect(industryWordOf('xyz', index)).toBeNull();
  });

  it('rewrites only the words nothing else reads', () => {
    const tokens = tokenize('govt and mktg orgs at sec events');
    expandIndustryShortForms(tokens, index, (x) => ['and', 'at', 'events', 'sec'].includes(x));
    expect(tokens.map((t) => t.norm).join(' ')).toBe('government and marketing orgs at sec events');
    expect(tokens[0]?.raw).toBe('govt');
  });

  it('rewrites a short form only into a word read as an industry where it stands', () => {
    const tokens = tokenize('govt orgs');
    expandIndustryShortForms(
      tokens,
      index,
      () => false,
      (word) => word !== 'government',
    );
    expect(tokens.map((t) => t.norm).join(' ')).toBe('govt orgs');
  });

  it("keeps a name the data's people go by, though it fits an industry word ('wang': warehousing)", () => {
    expect(industryWordOf('wang', index)).toBe('warehousing');
    const tokens = tokenize('email of coco wang');
    expandIndustryShortForms(tokens, index, (x) => ['email', 'of'].includes(x));
    expect(tokens.map((t) => t.norm).join(' ')).toBe('email of coco wang');
  });

  it('leaves the clipped last word of a name typed before it ("... sands exp")', () => {
    const tokens = tokenize('govt orgs at bay sands exp');
    expandIndustryShortForms(
      tokens,
      index,
      (x) => ['orgs', 'at', 'bay', 'sands'].includes(x),
      () => true,
      (at) => at === 5,
    );
    expect(tokens.map((t) => t.norm).join(' ')).toBe('government orgs at bay sands exp');
    // ... which elsewhere is the industry word it clips
    const alone = tokenize('exp firms');
    expandIndustryShortForms(alone, index, (x) => x === 'firms');
    expect(alone.map((t) => t.norm).join(' ')).toBe('experience firms');
  });
});
