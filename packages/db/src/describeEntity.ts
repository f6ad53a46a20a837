import { types, type EntitySchema } from '@mikro-orm/core';

import type { ColumnDescription, TableDescription } from './TableDescription';

// Any entity's definition: entities differ in their type parameters, and only the metadata is read here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEntitySchema = EntitySchema<any, any>;

// The property options defineEntity keeps in `meta.properties` (only what a description needs).
interface PropertyOptions {
  type?: unknown;
  fieldName?: string;
  nullable?: boolean;
  primary?: boolean;
  comment?: string;
  enum?: boolean;
  items?: readonly (string | number)[];
  kind?: string;
  entity?: () => AnyEntitySchema;
}

function columnType(type: unknown): ColumnDescription['type'] {
  if (type === types.integer || type === types.smallint || type === types.bigint) return 'integer';
  if (type === types.double || type === types.float || type === types.decimal) return 'real';
  if (type === types.date) return 'date';
  return 'text';
}

function primaryProperty(schema: AnyEntitySchema): [string, PropertyOptions] {
  const entry = Object.entries(schema.meta.properties as Record<string, PropertyOptions>).find(([, o]) => o.primary);
  if (!entry) throw new Error(`entity ${schema.meta.className} has no primary key`);
  return entry;
}

/**
 * The description of an entity's table, read from its definition (names, types, comments, vocabularies, keys),
 * so the text the SQL generator and users see never drifts from the model.
 *
 * @example describeEntity(Event).columns.find((c) => c.name === 'start_date')?.type // 'date'
 */
export function describeEntity(schema: AnyEntitySchema): TableDescription {
  const columns: ColumnDescription[] = [];
  const primaryKey: string[] = [];
  const foreignKeys: TableDescription['foreignKeys'] = [];
  for (const [name, options] of Object.entries(schema.meta.properties as Record<string, PropertyOptions>)) {
    const column = options.fieldName ?? name;
    let type = columnType(options.type);
    if (options.kind === 'm:1' && options.entity) {
      const target = options.entity();
      const [targetName, targetOptions] = primaryProperty(target);
      type = columnType(targetOptions.type);
      foreignKeys.push({
        column,
        references: { table: target.meta.tableName, column: targetOptions.fieldName ?? targetName },
      });
    }
    if (!options.comment) throw new Error(`${schema.meta.tableName}.${column} has no description`);
    const description: ColumnDescription = {
      name: column,
      type,
      nullable: options.nullable === true,
      description: options.comment,
    };
    if (options.enum && options.items) description.values = options.items.map(String);
    columns.push(description);
    if (options.primary) primaryKey.push(column);
  }
  if (!schema.meta.comment) throw new Error(`${schema.meta.tableName} has no description`);
  return { name: schema.meta.tableName, description: schema.meta.comment, columns, primaryKey, foreignKeys };
}
