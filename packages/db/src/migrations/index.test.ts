/**
 * The explicit migration list is edited by hand, often by two branches at once: two migrations under
 * one name would make the Migrator skip the second on databases that ran the first, so the list is
 * checked against the files beside it.
 */
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { MIGRATIONS } from './index';

const folder = path.dirname(new URL(import.meta.url).pathname);
const migrationFiles = fs
  .readdirSync(folder)
  .filter((f) => /^Migration\d{14}\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));

describe('the migration list', () => {
  it('names each migration once, after its class, oldest first', () => {
    const names = MIGRATIONS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of MIGRATIONS) expect((m.class as { name: string }).name).toBe(m.name);
    expect([...names].sort()).toEqual(names);
  });

  it('lists every migration file in the folder, and only those', () => {
    expect(MIGRATIONS.map((m) => m.name).sort()).toEqual([...migrationFiles].sort());
  });
});
