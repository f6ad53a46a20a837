import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, sql, type Fixture } from '../../testkit';

/**
 * A list of themes separated by commas, "or" / "and", or introduced as examples of a theme ("like", "such as"): one
 * theme, the union of every member (and of the theme the examples illustrate); a member naming nothing is asked back
 * by name, never dropped. Real data: the tags of the events.
 */
describe.skipIf(!hasRealData)('lists of themes (real data)', () => {
  warnIfNoRealData('themeLists');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const tagged = (...tags: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN event_tags t ON t.event_id = e.id
       WHERE t.tag IN (${tags.map(() => '?').join(', ')})`,
      ...tags,
    );

  it.each([
    'events about AI, cloud, data or cybersecurity',
    'events about AI or cloud or data or cybersecurity',
    'events on AI, cloud and cybersecurity',
  ])('%s: the events of any member', (q) => {
    const asked = f.ask(q);
    const expected = tagged('ai_data', 'cloud', 'cybersecurity');
    expect(expected.size).toBeGreaterThan(tagged('cybersecurity').size);
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });

  it('examples after "like" join the theme they illustrate; a member with no tag is the events saying it', () => {
    const asked = f.ask(
      'Which events in the data are about technology or digital topics like AI, cloud, data or cybersecurity?',
    );
    expect(asked.kind).toBe('sql');
    const events = new Set(column(asked, 'event'));
    for (const e of tagged('technology', 'ai_data', 'cloud', 'cybersecurity'))
      expect(events.has(e), String(e)).toBe(true);
    // "digital" names no tag: the events saying it are members too (neither dropped nor widened to every event)
    const digital = f.oracle(`SELECT DISTINCT name FROM events WHERE lower(name) LIKE '%digital%'`);
    expect(digital.size).toBeGreaterThan(0);
    for (const e of digital) expect(events.has(e), String(e)).toBe(true);
    expect(events.size).toBeLessThan(f.oracle('SELECT DISTINCT name FROM events').size);
  });

  it('asks back a member that names no theme, naming it', () => {
    const asked = f.ask('events about AI, cloud, quantum computing or cybersecurity');
    expect(asked.kind).not.toBe('sql');
    const text =
      asked.kind === 'clarify' ? asked.clarification.question : asked.kind === 'refusal' ? asked.message : '';
    expect(text).toContain('quantum computing');
    expect(text).not.toMatch(/"ai cloud/i);
  });

  it.each(['space and quilting events', 'companies at space or quilting events'])(
    '%s: a list before its noun names the member that names nothing, never the whole list as one theme',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind).not.toBe('sql');
      const text =
        asked.kind === 'clarify' ? asked.clarification.question : asked.kind === 'refusal' ? asked.message : '';
      expect(text).toContain('"quilting"');
      expect(text).not.toContain('space');
    },
  );

  it('reads a theme another reader took as one more member ("hospitality, food and beverage or travel")', () => {
    const list = f.ask('which companies in hospitality, food and beverage or travel are at events');
    const one = f.ask('which companies in hospitality are at events');
    expect(list.kind).toBe('sql');
    expect(new Set(column(list, 'company')).size).toBeGreaterThan(new Set(column(one, 'company')).size);
    for (const c of column(one, 'company')) expect(column(list, 'company')).toContain(c);
  });

  it('negates every member of a negated list ("not in hospitality or software")', () => {
    const neither = f.ask('companies not in hospitality or software');
    expect(neither.kind).toBe('sql');
    // by domain: two companies may share a name
    const domains = new Set(column(neither, 'domain'));
    expect(domains.size).toBeGreaterThan(0);
    for (const c of column(f.ask('companies in software'), 'domain')) expect(domains.has(c), String(c)).toBe(false);
    for (const c of column(f.ask('companies in hospitality'), 'domain')) expect(domains.has(c), String(c)).toBe(false);
    expect(sql(f.ask('companies not in hospitality, software or banking'))).toMatch(/NOT/);
  });
});
