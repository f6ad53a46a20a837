import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('attributes of people the data does not hold (demo data)', () => {
  const demo = demoScanner();
  const scan = (q: string) => scanMentions(q, demo.index(), '2024-07-15');

  // questions of this test's own, not from an evaluation set
  it.each([
    ['people in Singapore who speak Spanish', 'speak Spanish'],
    ['sponsors fluent in Japanese', 'fluent in Japanese'],
    ['contacts in Japan aged 30', 'aged'],
    ['people in Singapore under 30 years old', '30 years old'],
    ['people in Singapore earning more than 200k', 'earning'],
    ['contacts in Japan with a salary above 100k', 'salary'],
  ])('%j: %j is asked about, not read as data', (question, words) => {
    expect(scan(question).ignored).toContain(words);
  });

  it("a company's age and earnings, and taking part by speaking, stay data", () => {
    expect(scan('companies founded more than 20 years ago').ignored).toEqual([]);
    expect(scan('companies in Singapore that earn more than 1 billion').ignored).toEqual([]);
    expect(scan('people speaking at events in Singapore').ignored).toEqual([]);
  });
});
