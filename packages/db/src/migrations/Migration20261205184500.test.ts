import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261205184500 (events.venue_group)', () => {
  it('fills the venue complex of existing events from their venue, and leaves events without one empty', async () => {
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261205044000',
      `
        INSERT INTO events (id, url, name, venue) VALUES
          (1, 'https://a.test', 'A', 'Sands Expo & Convention Centre, Singapore'),
          (2, 'https://b.test', 'B', 'Level B2, Marina Bay Sands'),
          (3, 'https://c.test', 'C', 'Hall 3'),
          (4, 'https://d.test', 'D', NULL),
          (5, 'https://e.test', 'E', 'It''s Hall 5');
      `,
    );

    expect((await migrate(file)).applied).toContain('Migration20261205184500');

    const db = openSqlite(file);
    try {
      expect(db.prepare('SELECT id, venue_group FROM events ORDER BY id').raw().all()).toEqual([
        [1, 'Marina Bay Sands'],
        [2, 'Marina Bay Sands'],
        [3, 'Hall 3'],
        [4, null],
        [5, "It's Hall 5"],
      ]);
    } finally {
      db.close();
    }
  });
});
