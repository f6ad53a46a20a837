import type { EntityKind } from '../ir/Request';
import { col } from './SqlBuilder';

/**
 * The key that says which stored rows are one entity, wherever the compiler counts, groups, ranks or averages them:
 *
 * - an event is one per name, case aside: the same event is listed under several URLs ("Cloud Expo Asia" twice);
 * - a company is one per name as stored: the same company is listed under several domains (Mitsubishi Electric under
 *   mitsubishielectric.com and mitsubishicomfort.com, STR under str.com and str.us), and every question writer
 *   counts companies by name. The case counts: "Airfree" (airfree.com, a manufacturer) and "airfree" (airfree.aero, a
 *   software company) are two companies the data spells apart, as writers' counts keep them (714 companies, 410
 *   sponsors);
 * - a person is one row: the ingest already merged a person's rows by (first name, surname, company domain);
 * - a participation is one row.
 *
 * `perRow` ("the company rows", "event listings") counts every stored row instead. The key is plain SQL both dialects
 * read alike (`lower` is in SQLite and PostgreSQL).
 * @example identityKey('companies', 'c1') // '"c1"."name"'
 */
export function identityKey(entity: EntityKind, alias: string, perRow = false): string {
  if (perRow) return col(alias, 'id');
  switch (entity) {
    case 'events':
      return `lower(${col(alias, 'name')})`;
    case 'companies':
      return col(alias, 'name');
    case 'people':
    case 'participations':
      return col(alias, 'id');
  }
}

/** Whether the entity's rows are taken one per name (several stored rows can be one entity). */
export function onePerName(entity: EntityKind): entity is 'events' | 'companies' {
  return entity === 'events' || entity === 'companies';
}
