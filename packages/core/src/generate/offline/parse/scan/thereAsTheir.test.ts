import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import { readThereAsTheir } from './thereAsTheir';

const read = (text: string): string => {
  const tokens = tokenize(text);
  readThereAsTheir(tokens);
  return tokens.map((t) => t.norm).join(' ');
};

describe('"there" typed for "their"', () => {
  it.each([
    ['get me there marketing people', 'get me their marketing people'],
    ['people with founder in there title', 'people with founder in their title'],
    ['list there sponsors', 'list their sponsors'],
  ])('%j -> %j', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    'are there marketing people at acme', // existential: "be" before it
    'there are sponsors at the expo', // existential: "be" after it
    'events over there', // no noun after it
  ])('%j stays', (text) => {
    expect(read(text)).toBe(text.toLowerCase());
  });
});
