import { describe, expect, it } from 'vitest';
import { scanQuantity } from '../parse/scanQuantity';
import { tokenize } from './tokenize';

function quantity(text: string): { op: string; value: number } | undefined {
  const tokens = tokenize(text);
  const [hit] = scanQuantity(tokens, new Array<boolean>(tokens.length).fill(false), 2024);
  return hit ? { op: hit.cond.op, value: hit.cond.value } : undefined;
}

describe('number words and shorthand', () => {
  it.each([
    // several phrasings of one number each
    ['more than a thousand employees', 1000],
    ['more than 1,000 employees', 1000],
    ['more than 1k employees', 1000],
    ['more than one thousand employees', 1000],
    ['over two hundred staff', 200],
    ['over a hundred staff', 100],
    ['over 200 staff', 200],
    ['more than ten thousand employees', 10000],
    ['more than 10k employees', 10000],
    ['revenue above $1m', 1e6],
    ['revenue above 1 million dollars', 1e6],
    ['revenue above a million dollars', 1e6],
    ['revenue above half a million dollars', 5e5],
    ['revenue over $1bn', 1e9],
    ['revenue over a billion', 1e9],
    ['revenue over 1.5 billion', 1.5e9],
  ])('%s -> %d', (text, value) => {
    expect(quantity(text)?.value).toBe(value);
  });

  it.each([
    ['5k+ employees', '>=', 5000],
    ['10,001+ employees', '>=', 10001],
    // "plus" typed as a word after a number is the same lower bound
    ['five hundred plus employees', '>=', 500],
    ['a hundred plus staff', '>=', 100],
    ['ten thousand plus employees', '>=', 10000],
    ['with 2000 plus employees', '>=', 2000],
  ])('a trailing plus is a lower bound: %s', (text, op, value) => {
    expect(quantity(text)).toEqual({ op, value });
  });

  it('"plus" between two numbers or after a name is no bound', () => {
    expect(tokenize('2 plus 3').map((t) => t.norm)).toEqual(['2', 'plus', '3']);
    expect(tokenize('zscaler plus cloudflare').map((t) => t.norm)).toEqual(['zscaler', 'plus', 'cloudflare']);
  });

  it('"a" before a noun stays a word', () => {
    expect(tokenize('a list of events').map((t) => t.norm)).toEqual(['a', 'list', 'of', 'events']);
  });
});

describe('a plus sign typed on a number word', () => {
  it.each([
    ['a hundred+ employees', 100],
    ['fifty+ staff', 50],
    ['a thousand+ employees', 1000],
  ])('%s is at least %i, as "100+" is (it was an unread word)', (text, value) => {
    expect(quantity(text)).toEqual({ op: '>=', value });
  });
});

describe('numbers and years said in several words are one number', () => {
  const norms = (text: string): string =>
    tokenize(text)
      .map((t) => t.norm)
      .join(' ');
  it.each([
    ['companies founded before nineteen fifty', 'companies founded before 1950'],
    ['founded in twenty twenty-five', 'founded in 2025'],
    ['set up in nineteen oh five', 'set up in 1905'],
    ['founded after two thousand and five', 'founded after 2005'],
    ['started in two thousand twelve', 'started in 2012'],
    ['top twenty five events', 'top 25 events'],
    ['the ninety-nine sponsors', 'the 99 sponsors'],
    ['founded in nineteen hundred', 'founded in 1900'],
    ['the half-dozen biggest sponsors', 'the 6 biggest sponsors'],
    ['half a dozen largest firms', '6 largest firms'],
  ])('%s', (text, expected) => {
    expect(norms(text)).toBe(expected);
  });

  it('joins only number words: digits and a thousands scale stay as they were', () => {
    expect(norms('twenty 5')).toBe('20 5');
    expect(norms('over two thousand employees')).toBe('over 2 thousand employees');
    expect(quantity('companies founded before nineteen fifty')).toEqual({ op: '<', value: 1950 });
    // "a couple" is two only before a multiplier; alone it stays a vague count
    expect(quantity('a couple hundred million or more in revenue')).toEqual({ op: '>=', value: 2e8 });
    expect(quantity('revenue over a couple of thousand dollars')).toEqual({ op: '>', value: 2000 });
    expect(norms('at a couple of events')).toBe('at a couple of events');
  });
});
