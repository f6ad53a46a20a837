import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261207083000 (venue_group from the venue site listing the event)', () => {
  it('re-derives the complex of events listed on a venue site, and leaves the others as they were', async () => {
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261205184500',
      `
        INSERT INTO events (id, url, name, venue, venue_group) VALUES
          (1, 'https://www.singaporeexpo.com.sg/sg/what-s-on/a', 'A', 'Hall 3', 'Hall 3'),
          (2, 'https://www.singaporeexpo.com.sg/sg/what-s-on/b', 'B', NULL, NULL),
          (3, 'https://www.singaporeexpo.com.sg/sg/what-s-on/c', 'C', 'Suntec Centre', 'Suntec'),
          (4, 'https://c.test', 'D', 'Hall 3', 'Hall 3'),
          (5, 'https://e.test', 'E', NULL, NULL);
      `,
    );

    expect((await migrate(file)).applied).toContain('Migration20261207083000');

    const db = openSqlite(file);
    try {
      expect(db.prepare('SELECT id, venue_group FROM events ORDER BY id').raw().all()).toEqual([
        [1, 'Singapore EXPO'],
        [2, 'Singapore EXPO'],
        [3, 'Suntec'],
        [4, 'Hall 3'],
        [5, null],
      ]);
    } finally {
      db.close();
    }
  });
});
