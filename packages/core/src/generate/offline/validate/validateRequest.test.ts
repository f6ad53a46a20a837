import { describe, expect, it } from 'vitest';
import { demoWithCompany } from '../testkit';

describe('an attribute only companies hold, asked of people or events (demo data)', () => {
  const demo = demoWithCompany();

  it('is refused naming it, never described as shown over rows that show none', () => {
    // the people's rows have no phone column: "showing phone" was said over their names and e-mails
    for (const [q, named] of [
      [`phone numbers of the people at ${demo.company}`, 'phone numbers for people'],
      [`revenue of the people at ${demo.company}`, 'revenue for people'],
    ] as const) {
      const asked = demo.f.ask(q);
      expect(asked.kind === 'refusal' ? asked.message : asked.kind).toContain(`The data has no ${named}`);
    }
  });

  it('asked of the companies, it is their column', () => {
    const asked = demo.f.ask(`phone numbers of ${demo.company}`);
    expect(asked.kind === 'sql' ? asked.columns : asked.kind).toContain('phone');
  });
});
