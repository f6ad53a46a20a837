import type { MigrationObject } from '@mikro-orm/core';

import { Migration20261126000001 } from './Migration20261126000001';
import { Migration20261126000002 } from './Migration20261126000002';
import { Migration20261204000001 } from './Migration20261204000001';
import { Migration20261204151000 } from './Migration20261204151000';
import { Migration20261204183000 } from './Migration20261204183000';
import { Migration20261204184000 } from './Migration20261204184000';
import { Migration20261204220000 } from './Migration20261204220000';
import { Migration20261204230000 } from './Migration20261204230000';
import { Migration20261205003000 } from './Migration20261205003000';
import { Migration20261205003100 } from './Migration20261205003100';
import { Migration20261205044000 } from './Migration20261205044000';
import { Migration20261205184500 } from './Migration20261205184500';
import { Migration20261207083000 } from './Migration20261207083000';

/** Where MikroORM records the applied migrations (the same table on both backends). */
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

/**
 * Every migration, oldest first. Listed explicitly (no glob) so tsx, vitest and bundles all find them.
 * To add one: write `MigrationYYYYMMDDhhmmss.ts` beside this file (a class extending `Migration`),
 * import it here and append `{ name, class }` at the end; never reorder or rename applied ones.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126000001', class: Migration20261126000001 },
  { name: 'Migration20261126000002', class: Migration20261126000002 },
  { name: 'Migration20261204000001', class: Migration20261204000001 },
  { name: 'Migration20261204151000', class: Migration20261204151000 },
  { name: 'Migration20261204183000', class: Migration20261204183000 },
  { name: 'Migration20261204184000', class: Migration20261204184000 },
  { name: 'Migration20261204220000', class: Migration20261204220000 },
  { name: 'Migration20261204230000', class: Migration20261204230000 },
  { name: 'Migration20261205003000', class: Migration20261205003000 },
  { name: 'Migration20261205003100', class: Migration20261205003100 },
  { name: 'Migration20261205044000', class: Migration20261205044000 },
  { name: 'Migration20261205184500', class: Migration20261205184500 },
  { name: 'Migration20261207083000', class: Migration20261207083000 },
];
