import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { type Asked, busiestCompany, demoScanner } from '../testkit';
import { requestChainEnd } from './requestFrame';

const chainEnd = (q: string, at: number): number =>
  requestChainEnd(
    tokenize(q).map((t) => t.norm),
    at,
  );

describe('the request chain', () => {
  it.each([
    ['looking for sales people', 0, 2],
    ['trying to find hr people', 0, 3],
    ['would love to see the speakers', 0, 4],
    ['wants me to pull the exhibitors', 0, 4],
    ['trying to build a list of ctos', 0, 3],
    ['hunting for german companies', 0, 2],
  ])('"%s" from %i ends at %i', (q, at, end) => {
    expect(chainEnd(q, at)).toBe(end);
  });

  it.each(['preparing for a trade show', 'have a booth at the show', 'companies in singapore'])(
    '"%s" opens no chain (a verb of the writer\'s own doings, or no verb)',
    (q) => {
      expect(chainEnd(q, 0)).toBe(0);
    },
  );
});

/** The query run: its text and its values. */
const query = (a: Asked): string => (a.kind === 'sql' ? `${a.sql} ${JSON.stringify(a.params)}` : a.kind);

describe('a request framed by who the writer is (demo data)', () => {
  const { fixture } = demoScanner();

  // each framed request must give exactly the SQL of the bare request
  const requests = (company: string): string[] => [
    `sales people at ${company}`,
    'events in singapore next month',
    `hr people at ${company}`,
    'companies headquartered in germany',
  ];
  const frames = [
    (r: string) => `im an sdr looking for ${r}`,
    (r: string) => `i'm a recruiter trying to find ${r}`,
    (r: string) => `I'm organising a summit and need ${r}`,
    (r: string) => `as a marketing manager i want to see ${r}`,
    (r: string) => `we are planning next year's budget and want ${r}`,
    (r: string) => `i am an account exec hunting for ${r}`,
    (r: string) => `I'm preparing for a trade show and would love to see ${r}`,
    (r: string) => `my boss wants me to find ${r}`,
  ];

  it('the self-description and the chain add nothing; the request keeps every constraint', () => {
    const f = fixture();
    const company = busiestCompany(f);
    for (const request of requests(company)) {
      const bare = f.ask(request);
      expect(bare.kind, request).toBe('sql');
      for (const frame of frames) {
        const framed = f.ask(frame(request));
        expect(framed.kind, frame(request)).toBe('sql');
        expect(query(framed), frame(request)).toBe(query(bare));
      }
    }
  });

  it('a name in the self-description stays with the ask ("i work at X and need the marketing people there")', () => {
    const f = fixture();
    const company = busiestCompany(f);
    const r = f.ask(`i work at ${company} and need the marketing people there`);
    expect(r.kind).toBe('sql');
    if (r.kind === 'sql') expect(r.interpretation).toContain(company);
  });
});
