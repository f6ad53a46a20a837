import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import { readFillerInflections } from './fillerInflections';

function read(text: string, known: readonly string[] = []): string {
  const tokens = tokenize(text);
  readFillerInflections(tokens, (x) => known.includes(x));
  return tokens.map((t) => t.norm).join(' ');
}

describe('other tenses of filler verbs', () => {
  it.each([
    ['cos that made under 5 mil revenue', 'cos that make under 5 mil revenue'], // irregular
    ['companies that generated over 10 million', 'companies that generate over 10 million'],
    ['firms that earned more than 1 billion', 'firms that earn more than 1 billion'],
  ])('%s -> %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('a word some recogniser reads keeps its reading ("founded" is no form of a filler here)', () => {
    expect(read('companies founded before 2000', ['founded'])).toBe('companies founded before 2000');
  });

  it('a misspelt noun that looks like a verb form stays for the spelling reader ("employes")', () => {
    expect(read('more than 1000 employes')).toBe('more than 1000 employes');
  });

  it('a verb that is no filler stays', () => {
    expect(read('companies that acquired startups')).toBe('companies that acquired startups');
  });
});
