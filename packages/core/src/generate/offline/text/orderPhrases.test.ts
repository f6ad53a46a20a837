import { describe, expect, it } from 'vitest';
import { orderPhrases } from './orderPhrases';

describe('an order said with the noun "order"', () => {
  it.each([
    ['could you place them in order of revenue', 'could you sort them by revenue'],
    ['exhibitors at osea in ascending order of employees', 'exhibitors at osea sorted by employees, lowest first'],
    ['show the partners in the order of their revenue please', 'show the partners sorted by revenue please'],
  ])('%s -> %s', (typed, read) => {
    expect(orderPhrases(typed)).toBe(read);
  });

  it.each(['place an order for tickets', 'events in order', 'what order of magnitude'])(
    '"%s" is left as typed',
    (q) => {
      expect(orderPhrases(q)).toBe(q);
    },
  );
});
