import { MikroORM, type Options } from '@mikro-orm/sqlite';
import { Migrator } from '@mikro-orm/migrations';

import { DATA_ENTITIES } from './entities';
import { APP_ENTITIES } from './entities/app';
import { MIGRATIONS } from './migrations';

/**
 * The MikroORM configuration of a Musaeid database file: every entity (data and app tables) and the
 * versioned migrations, listed explicitly so no file glob is needed under tsx or vitest.
 */
export function ormConfig(file: string): Options {
  return {
    dbName: file,
    entities: [...DATA_ENTITIES, ...APP_ENTITIES],
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    debug: false,
    allowGlobalContext: false,
  };
}

/**
 * Opens the ORM on a database file (for the server's use of entities). The caller closes it.
 *
 * @example const orm = await createOrm('data/musaeid.db'); const em = orm.em.fork(); ...; await orm.close();
 */
export async function createOrm(file: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig(file));
}
