import { describe, expect, it } from 'vitest';
import { demoWithCompany, sql } from '../testkit';

/**
 * A remark of the speaker's belief or ignorance beside the ask ("..., i think they make sensors or something", "not
 * sure what titles they use") asks nothing and restricts nothing: the answer is the ask's alone. Its words were asked
 * back one by one ("something", "sure" offered as a company). A hedged value, an ask pointing back into the remark,
 * and a remark alone are left as they were.
 */
describe('belief remarks beside the ask (demo data)', () => {
  const demo = demoWithCompany();

  it.each([
    ['sales people at {c}, i think they make sensors or something?', 'sales people at {c}'],
    ['sales people at {c}? not sure what titles they use', 'sales people at {c}'],
    ['how many people at {c} can we email? not sure how the email thing works', 'how many people at {c} can we email?'],
    ['companies with 10,001+ employees, i think there are a few big ones', 'companies with 10,001+ employees'],
    ["marketing people at {c} - i'm not sure if they still have a team", 'marketing people at {c}'],
    ['sales people at {c}, no idea who runs it', 'sales people at {c}'],
    // "its" typed for "it's", and a hedge closing the remark
    ['sales people at {c}? i think its mostly in germany but not sure', 'sales people at {c}'],
    ['sales people at {c}. i guess its a small team, not certain', 'sales people at {c}'],
  ])('"%s" asks what "%s" asks', (q, plain) => {
    const asked = demo.f.ask(q.replaceAll('{c}', demo.company));
    expect(asked.kind, q).toBe('sql');
    expect(sql(asked)).toBe(sql(demo.f.ask(plain.replaceAll('{c}', demo.company))));
  });

  it('keeps a hedged value a condition, and a remark an ask points back into', () => {
    // "i think in marketing": the value is said, hedged; it stays
    expect(sql(demo.f.ask(`people at ${demo.company}, i think in marketing`))).not.toBe(
      sql(demo.f.ask(`people at ${demo.company}`)),
    );
    // "who are they?" points at what the remark names: the remark is what is asked about
    expect(sql(demo.f.ask(`i think there are sales people at ${demo.company}, who are they?`))).toBe(
      sql(demo.f.ask(`sales people at ${demo.company}`)),
    );
  });

  it('reads a comma grouping thousands as part of the number, not a clause break', () => {
    expect(sql(demo.f.ask('companies with 10,001+ employees'))).toBe(
      sql(demo.f.ask('companies with 10001+ employees')),
    );
  });
});
