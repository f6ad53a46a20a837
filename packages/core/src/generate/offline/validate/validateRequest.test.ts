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

describe('an attribute only events hold, asked of companies or people (demo data)', () => {
  const demo = demoWithCompany();

  it('is refused naming it, never described as shown over rows that show none', () => {
    // a company's or a person's row has no duration: "showing duration" was said over a list of people
    for (const [q, named] of [
      [`duration of the people at ${demo.company}`, 'people'],
      [`${demo.company} and its duration`, 'companies'],
    ] as const) {
      const asked = demo.f.ask(q);
      expect(asked.kind === 'refusal' ? asked.message : asked.kind).toContain(
        `The data has a duration for events only, not for ${named}`,
      );
    }
  });

  it('asked of the events, it is their column', () => {
    const asked = demo.f.ask('events and their duration');
    expect(asked.kind === 'sql' ? asked.columns : asked.kind).toContain('duration_days');
  });
});
