/**
 * The data model's table descriptions, as `@musaeid/db` defines them (type-only: erased at
 * runtime, so core's pure layers never load the ORM).
 */
export type { ColumnDescription, TableDescription } from '@musaeid/db';
