import { describe, expect, it } from 'vitest';

import type { Request } from '../../ir/Request';
import { validateRequest } from '../../validate/validateRequest';
import { column, demoFixture, sql } from '../../testkit';

/**
 * "every event in Singapore in October" asks for those events: "every" before the asked noun quantifies the set, it
 * does not group the events by event. It was read as a grouping of events by the event dimension, whose join took an
 * event's id for a company's, and answered two unrelated 2025 events "counted by event".
 */
describe('"every" / "each" before the asked noun', () => {
  it('lists the set as the plain noun does', async () => {
    const f = await demoFixture();
    try {
      for (const q of ['every event in Singapore', 'each event in Singapore', 'all events in Singapore']) {
        const asked = f.ask(q);
        expect(sql(asked), q).not.toMatch(/GROUP BY/);
        expect(column(asked, 'event'), q).toEqual(column(f.ask('events in Singapore'), 'event'));
      }
    } finally {
      f.close();
    }
  });

  it('events grouped by event is a request that never compiles', () => {
    const grouped: Request = {
      version: 1,
      target: { entity: 'events', conds: [] },
      shape: { kind: 'group', dimension: 'event', order: 'desc', limit: null },
      attributes: [],
      ignored: [],
    };
    expect(validateRequest(grouped)?.part).toBe('by event');
  });
});
