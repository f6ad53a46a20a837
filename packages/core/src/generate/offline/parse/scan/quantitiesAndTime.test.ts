import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('quantities beside clause breaks (demo data)', () => {
  const demo = demoScanner();
  const conds = (q: string): string[] =>
    scanMentions(q, demo.index(), '2024-07-15')
      .mentions.filter((m) => m.t === 'cond')
      .map((m) => m.text.toLowerCase());

  // "in 2025 - sponsors" is a year, then a fragment about sponsors: never "2025 sponsors" counted across the dash
  it.each([
    ['which events are in Singapore in 2025 - sponsors there?', 'in 2025'],
    ['which events in 2025. sponsors?', 'in 2025'],
    // a number after the break is one range with the number before it
    ['companies with 10 - 50 employees', '10 to 50 employees'],
  ])('inside one clause: %j reads %j', (q, cond) => {
    expect(conds(q)).toEqual([cond]);
  });

  // a measure said "-wise" after a clause break names the unit of the amount before it: one condition with the amount
  it.each([
    ['which exhibitors have over 4 million a year? revenue-wise', 'over 4 million a year revenue wise'],
    ['sponsors above 2000 - headcount wise', 'above 2000 headcount wise'],
  ])('"-wise" after a break: %j reads %j', (q, cond) => {
    expect(conds(q)).toEqual([cond]);
  });
});
