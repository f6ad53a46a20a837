import { describe, expect, it } from 'vitest';
import { column, demoScanner, IN_ONE_RELATION_NOT_ANOTHER_SQL } from '../../testkit';

describe('a relation verb with no object before the next verb keeps its relation', () => {
  const { fixture } = demoScanner();
  const names = (q: string): Set<unknown> => new Set(column(fixture().ask(q), 'company'));

  it.each(["companies that exhibit but don't sponsor", 'companies that exhibit but never sponsor'])(
    '%s: the exhibitors that sponsor nothing (not every company that sponsors nothing)',
    (q) => {
      expect(names(q)).toEqual(fixture().oracle(IN_ONE_RELATION_NOT_ANOTHER_SQL, 'exhibitor', 'sponsor'));
    },
  );

  it('it takes the next verb\'s object: "exhibiting but not sponsoring at X" are exhibitors at X', () => {
    const [event] = fixture().oracle(
      "SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'exhibitor' ORDER BY e.name LIMIT 1",
    );
    const asked = fixture().ask(`companies exhibiting but not sponsoring at ${String(event)}`);
    expect(asked.kind === 'sql' && asked.interpretation).toContain(`exhibitors of events named ${String(event)}`);
  });
});
