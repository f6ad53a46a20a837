import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A likeness word governing a name ("companies like X", "competitors of X", "X's rivals"): the data holds no
 * likeness, so the question is asked back with what the data holds of X (its industries, its country), and never
 * answered with X itself (which the name alone would give).
 */
describe.skipIf(!hasRealData)('companies and events asked for by likeness to a name (real data)', () => {
  let f: Fixture;
  let company = '';
  let industry = '';
  let event = '';
  let theme = '';
  beforeAll(async () => {
    f = await realFixture();
    // a company with one industry and an event with one theme, taken from the data (names typed as stored)
    const [c] = f.oracle(
      `SELECT c.name FROM companies c JOIN company_industries i ON i.company_id = c.id
       WHERE c.name GLOB '[A-Z][a-z]*' AND length(c.name) >= 6 AND c.country IS NOT NULL
       GROUP BY c.id HAVING count(*) = 1 AND (SELECT count(*) FROM companies d WHERE d.name = c.name) = 1
       ORDER BY c.name LIMIT 1`,
    );
    company = String(c);
    industry = String(
      [
        ...f.oracle(
          `SELECT i.industry FROM company_industries i JOIN companies c ON c.id = i.company_id WHERE c.name = ?`,
          company,
        ),
      ][0],
    );
    const [e] = f.oracle(
      `SELECT e.name FROM events e JOIN event_tags t ON t.event_id = e.id GROUP BY e.id HAVING count(*) = 1 ORDER BY e.name LIMIT 1`,
    );
    event = String(e);
    theme = String(
      [
        ...f.oracle(
          `SELECT g.label FROM tags g JOIN event_tags t ON t.tag = g.tag JOIN events e ON e.id = t.event_id WHERE e.name = ?`,
          event,
        ),
      ][0],
    );
  }, 180_000);
  afterAll(() => f.close());

  const forms = [
    (x: string) => `companies like ${x}`,
    (x: string) => `firms similar to ${x}`,
    (x: string) => `list companies comparable with ${x}`,
    (x: string) => `who are the competitors of ${x}`,
    (x: string) => `lookalikes of ${x}`,
    (x: string) => `alternatives to ${x}`,
    (x: string) => `${x}'s rivals`,
    (x: string) => `${x} competitors`,
    (x: string) => `sponsors similar to ${x} at any event`,
  ];

  it('the name alone answers the company itself (the premise: likeness words must not be dropped)', () => {
    const asked = f.ask(`companies named ${company}`);
    expect(asked.kind).toBe('sql');
  });

  it.each(forms.map((form, k) => [k, form] as const))(
    'form %i is asked back with the industry of the company, never the company itself',
    (_k, form) => {
      const asked = f.ask(form(company));
      expect(asked.kind, form(company)).toBe('clarify');
      if (asked.kind !== 'clarify') return;
      const labels = asked.clarification.options.map((o) => o.label);
      expect(labels.some((l) => l.includes(`the ${industry} industry`))).toBe(true);
    },
  );

  it('the industry offered answers companies of that industry when chosen', () => {
    const first = f.ask(`companies like ${company}`);
    expect(first.kind).toBe('clarify');
    if (first.kind !== 'clarify') return;
    const option = first.clarification.options.find((o) => o.label.includes(industry));
    const chosen = f.ask(`companies like ${company}`, option?.id ?? '');
    expect(chosen.kind).toBe('sql');
    if (chosen.kind !== 'sql') return;
    expect(chosen.rows.length).toBeGreaterThan(1);
    expect(chosen.interpretation).toContain(industry);
  });

  it('an event by likeness is asked back with its theme, which answers when chosen', () => {
    const first = f.ask(`events like ${event}`);
    expect(first.kind).toBe('clarify');
    if (first.kind !== 'clarify') return;
    const option = first.clarification.options.find((o) => o.label.includes(theme));
    expect(option).toBeDefined();
    const chosen = f.ask(`events like ${event}`, option?.id ?? '');
    expect(chosen.kind).toBe('sql');
    if (chosen.kind !== 'sql') return;
    expect(chosen.interpretation).toContain(theme);
  });

  it('"like" that governs no name is no likeness ("I would like the events in Singapore")', () => {
    expect(f.ask('I would like the events in Singapore').kind).toBe('sql');
  });
});
