import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, sql } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { readFunctionGroups } from './functionGroups';

const read = (text: string): string => {
  const tokens = tokenize(text);
  readFunctionGroups(tokens);
  return tokens.map((t) => t.norm).join(' ');
};

describe('a body of people after a job function is the people of that function', () => {
  it.each([
    ['acme marketing management', 'acme marketing people'],
    ['the hr department at acme', 'the hr people at acme'],
    ['human resources division', 'human resources people'],
    ['the sales force of acme', 'the sales people of acme'],
  ])('%s -> %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    // no function before it: the noun stays for the other readers (asked about when nothing reads it)
    'management at acme',
    // a group of another kind after a function word: an industry stays the theme's noun
    'marketing industry companies',
    // a word the vocabulary reads as levels keeps that reading ("leadership": C-level to head)
    'marketing leadership at acme',
  ])('%s is left as typed', (text) => {
    expect(read(text)).toBe(
      tokenize(text)
        .map((t) => t.norm)
        .join(' '),
    );
  });

  const { fixture } = demoScanner();
  it.each(['marketing management', 'marketing department', 'marketing division'])(
    '"%s at <company>" asks for the same people as "marketing people at <company>"',
    (group) => {
      const company = busiestCompany(fixture());
      expect(sql(fixture().ask(`${group} at ${company}`))).toBe(sql(fixture().ask(`marketing people at ${company}`)));
    },
  );
});
