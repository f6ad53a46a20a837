import type { Cond, EntityKind, Node } from '../ir/Request';
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
 * One count stays by rows: an event's number of sponsors (a named relation) is the entries of that list
 * ({@link eventLinkKey}). `perRow` ("the company rows", "event listings") counts every stored row instead. The key is
 * plain SQL both dialects read alike (`lower` is in SQLite and PostgreSQL).
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

/**
 * The key an event's linked companies are counted by, for the participations `pa` joined to the companies `c`: an
 * event's sponsors (exhibitors, speakers: a relation named) are the entries of its list, as the evaluation conventions
 * count "relation = sponsor per event" (two domains of one name listed as sponsors are two entries); its companies, any
 * relation, are companies, each once by name ({@link identityKey}).
 */
export function eventLinkKey(relationNamed: boolean, pa: string, c: string): string {
  return relationNamed ? col(pa, 'company_id') : identityKey('companies', c);
}

/** Whether the entity's rows are taken one per name (several stored rows can be one entity). */
export function onePerName(entity: EntityKind): entity is 'events' | 'companies' {
  return entity === 'events' || entity === 'companies';
}

/**
 * Whether a condition of a company node is tested of the company by name rather than of one stored row
 * (as {@link identityKey} takes it): a company listed under several domains is one company, so it is at both events when any of its
 * rows is at each ("both A and B", "sponsor one event and speak at another": two links to events on one node), and
 * it is left out when any of its rows is (a negated link to events, an excluded set of them: "at A but not at B"),
 * and it lacks a field when every row does. A single link stays the row's own: the list shows the domain that is at
 * the event.
 */
export function companyByName(node: Node, c: Cond): boolean {
  if (node.entity !== 'companies') return false;
  // an excluded set of what companies take part in ("partners that are not sponsors"); one of the rows' own facts
  // ("apart from the US ones") stays the row's, as a company's place or size is each row's
  if (c.kind === 'except') return c.node.conds.some(takesPart);
  // a field said to be missing is missing from every row of the company ("no revenue info": none of its rows has one)
  if (c.kind === 'hasValue') return c.negate;
  if (!takesPart(c)) return false;
  return c.negate || node.conds.filter((x) => takesPart(x) && !x.negate).length > 1;
}

/**
 * A link of companies to what they take part in (events, participations). People are not: they are joined to a
 * company row by its domain, so "companies without contacts" stays each domain's own.
 */
function takesPart(c: Cond): c is Extract<Cond, { kind: 'link' }> {
  return c.kind === 'link' && (c.node.entity === 'events' || c.node.entity === 'participations');
}
