import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261204184000 (every job function of a person)', () => {
  it('backfills the primary function of existing people, checks the vocabulary and follows its person', async () => {
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261204183000',
      `
        INSERT INTO people (id, company_domain, first_name, full_name, identity_key, job_title, job_function)
          VALUES (1, 'a.test', 'Ann', 'Ann', 'ann||a.test', 'VP Sales & Marketing', 'sales'),
                 (2, 'a.test', 'Bo', 'Bo', 'bo||a.test', NULL, NULL);
      `,
    );

    // This migration and any later one.
    expect((await migrate(file)).applied).toContain('Migration20261204184000');

    const db = openSqlite(file);
    try {
      expect(db.prepare('SELECT person_id, job_function, position FROM person_job_functions').raw().all()).toEqual([
        [1, 'sales', 0],
      ]);
      db.exec(`INSERT INTO person_job_functions (person_id, job_function, position) VALUES (1, 'marketing', 1)`);
      expect(() =>
        db.exec(`INSERT INTO person_job_functions (person_id, job_function, position) VALUES (1, 'sorcery', 2)`),
      ).toThrow(/CHECK/);
      expect(() =>
        db.exec(`INSERT INTO person_job_functions (person_id, job_function, position) VALUES (1, 'sales', 2)`),
      ).toThrow(/UNIQUE|PRIMARY/);
      db.exec('DELETE FROM people WHERE id = 1');
      expect(db.prepare('SELECT count(*) FROM person_job_functions').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
