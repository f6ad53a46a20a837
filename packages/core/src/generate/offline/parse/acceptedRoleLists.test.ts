import { describe, expect, it } from 'vitest';
import { demoScanner } from '../testkit';
import { scanMentions } from './scanMentions';

describe('lists of roles closed by an acceptance (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return {
      ignored: scan.ignored,
      mentions: scan.mentions.map((m) =>
        m.t === 'seniority'
          ? `seniority:${[...m.values, ...(m.orTitles ?? []).map((t) => t.label)].join('|')}`
          : `${m.t}:${m.text.toLowerCase()}`,
      ),
    };
  };

  // sentences of this test's own: the accepted members are of the level asked, so they restate it
  it.each([
    ['who are the vps in japan? svp, evp all fine', 'who are the vps in japan?'],
    ['which marketing people are vp level? vp, svp, whatever', 'which marketing people are vp level?'],
    ['list the vice presidents in germany - evp / svp are ok', 'list the vice presidents in germany'],
    ['who are the vps in japan? svp and evp count too', 'who are the vps in japan?'],
    // a member before the last shares its head noun: an assistant director is a director
    ['who are the directors in japan? assistant, directors all count', 'who are the directors in japan?'],
  ])('%j reads as %j', (accepted, bare) => {
    const a = read(accepted);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  it('reads an accepted list with no level asked as one condition of its levels, never a count', () => {
    const a = read('marketing people in japan? vp, svp, whatever');
    expect(a.ignored).toEqual([]);
    expect(a.mentions.filter((m) => m.startsWith('seniority') || m.startsWith('title'))).toEqual(['seniority:vp']);
    const b = read('people in japan - directors, vps all count');
    expect(b.ignored).toEqual([]);
    expect(b.mentions).not.toContain('count:count');
    expect(b.mentions.filter((m) => m.startsWith('seniority'))).toEqual(['seniority:director|vp']);
  });

  it('widens the level asked with a member of another level', () => {
    const a = read('who are the directors in japan? vps count too');
    // one member is no list: the words are left as read
    expect(a.mentions.filter((m) => m.startsWith('seniority'))).not.toEqual(['seniority:director|vp']);
    const b = read('who are the directors in japan? svp, evp are fine too');
    expect(b.ignored).toEqual([]);
    expect(b.mentions.filter((m) => m.startsWith('seniority'))).toEqual(['seniority:director|SVP|EVP']);
    // titles alone with no level asked are not their whole level ("cfo, cto": not every C-level): left as read
    expect(read('people in japan? svp, evp all fine').mentions.some((m) => m.startsWith('seniority'))).toBe(false);
  });

  it('leaves an acceptance that does not close a list of roles to the other readers', () => {
    // one member and "fine": which others? nothing is released
    expect(read('who are the vps in japan? svp fine').mentions).not.toEqual(read('who are the vps in japan?').mentions);
  });
});
