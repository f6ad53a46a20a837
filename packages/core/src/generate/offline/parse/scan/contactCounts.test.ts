import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([{ name: 'Brindlecorp', domain: 'brindlecorp.com' }]),
  LEXICON_PHRASES,
);

function kinds(q: string): string[] {
  return scanMentions(q, index, '2024-07-15').mentions.map((m) =>
    m.t === 'superlative' ? `superlative:${m.column}` : m.t,
  );
}

describe('a superlative of size before a noun of the people the data holds', () => {
  it('ranks by how many of them the data holds', () => {
    expect(kinds('which firms have the biggest contact lists')).toContain('most');
    expect(kinds('which firms have the biggest contact lists')).not.toContain('superlative:size');
  });

  it('stays the stated size before a noun of size', () => {
    expect(kinds('which firms have the biggest workforce')).not.toContain('most');
    expect(kinds('which firms have the largest staff')).not.toContain('most');
  });
});
