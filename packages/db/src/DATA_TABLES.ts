import { describeEntity } from './describeEntity';
import { DATA_ENTITIES } from './entities';
import type { TableDescription } from './TableDescription';

/** The tables the engine may query, described from their entities (names, types, meanings, vocabularies, keys). */
export const DATA_TABLES: readonly TableDescription[] = Object.freeze(DATA_ENTITIES.map((e) => describeEntity(e)));
