import { describe, expect, it } from 'vitest';
import { busiestCompany, demoScanner, interpretationOf, sql } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { readDepartmentModifiers, readFunctionGroups } from './functionGroups';

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

describe("a function's department word before people is the function (WordNet: personnel department)", () => {
  const modified = (text: string): string => {
    const tokens = tokenize(text);
    readDepartmentModifiers(tokens);
    return tokens.map((t) => t.norm).join(' ');
  };

  it.each([
    ['personnel staff in singapore', 'hr staff in singapore'],
    ['any personnel contacts at acme', 'any hr contacts at acme'],
    ['the personnel managers there', 'the hr managers there'],
    ['personnel and people management folks', 'hr and people management folks'],
    ['personnel or recruiting people at acme', 'hr or recruiting people at acme'],
  ])('%s -> %s', (text, expected) => {
    expect(modified(text)).toBe(expected);
  });

  it.each(['all personnel at acme', 'how many personnel does acme have', 'personnel in singapore'])(
    '%s: the head of its phrase stays a noun of people',
    (text) => {
      expect(modified(text)).toBe(text);
    },
  );

  const { fixture } = demoScanner();
  const said = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['the people team at %C', 'hr people at %C'],
    ['people management staff at %C', 'hr people at %C'],
    ['people and culture folks at %C', 'hr people at %C'],
    ['personnel and people-management staff at %C', 'hr people at %C'],
    ['the personnel department at %C', 'hr people at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    const reading = said(q.replace('%C', company));
    expect(reading).toBe(said(same.replace('%C', company)));
    expect(reading).toMatch(/HR/);
  });
});
