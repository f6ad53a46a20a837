import type {
  ApartFrom,
  Cond,
  Dimension,
  EntityKind,
  Node,
  NumericColumn,
  Relation,
  Request,
  Shape,
  TitleMatch,
} from '../ir/Request';
import { validateRequest } from '../validate/validateRequest';
import { averagedOnce } from './averagedOnce';
import { companyByName, eventLinkKey, identityKey, onePerName } from './identity';
import { listingFacts } from './listingFacts';
import { measuredBy, NUMERIC_HOST, RANK_COLUMN } from './capabilities';
import { type CompileDialect, SQLITE_COMPILE_DIALECT } from './CompileDialect';
import { col, patternWordLike, q, SqlBuilder, typedWordLike, wordLike } from './SqlBuilder';
import { VALUE_LABELS } from './valueLabels';
import { keepsUnknownGroup } from './unknownGroups';

export interface CompiledQuery {
  sql: string;
  params: unknown[];
  /**
   * SQLite, lists of people or companies: the same statement over a key prefix of its table (every row up to the
   * {@link FIRST_PAGE_WALK_ROWS}-th in the list's order), with the same parameters. Its rows are exactly the
   * statement's first rows (the order is total and the prefix holds every row up to its last key), so when it
   * yields more than a page, that page is the statement's first page, read from a few thousand rows walked along
   * the table's order index instead of the whole result computed and sorted (SQLite's planner does not weigh a
   * LIMIT: it drives from the filters and sorts everything, 1.2-1.7 s for the first 100 of 58,741 people on the
   * generated 1,000,000-person database). When it yields a page or less, the statement itself must run.
   */
  firstPageSql?: string;
}

/**
 * Rows of a table a first-page walk covers (see {@link CompiledQuery.firstPageSql}). The walk reads all of them
 * (SQLite sorts the prefix for the total order rather than stopping early), so this bounds what a walk that finds no
 * full page wastes: a few milliseconds beside the statement's own filters. A walk finds a page of 100 when the result
 * holds at least 2% of the table, which is when computing the whole result is what costs.
 */
export const FIRST_PAGE_WALK_ROWS = 5_000;

const TABLE: Readonly<Record<EntityKind, string>> = {
  events: 'events',
  companies: 'companies',
  people: 'people',
  participations: 'participations',
};
const PREFIX: Readonly<Record<EntityKind, string>> = { events: 'e', companies: 'c', people: 'p', participations: 'pa' };

function relationFilter(b: SqlBuilder, alias: string, relations: readonly Relation[]): string | null {
  return relations.length > 0 ? `${col(alias, 'relation')} IN ${b.list(relations)}` : null;
}

/** WHERE conditions of a node on `alias`. */
function conditions(b: SqlBuilder, node: Node, alias: string): string[] {
  const out: string[] = [];
  for (const c of node.conds) {
    const sql =
      c.kind === 'top'
        ? topRows(b, node, c, alias)
        : (c.kind === 'linkCount' || c.kind === 'compare') && c.average
          ? againstAverage(b, node, c, alias)
          : companyByName(node, c)
            ? byName(b, c, alias)
            : condition(b, node.entity, c, alias);
    if (sql) out.push(sql);
  }
  return out;
}

/**
 * "people at the company with the most employees": the node's rows ranked among those its other conditions keep,
 * the first `limit` with ties (`RANK()`, as the ranking shapes rank), as a set of ids built whole. A row with no value
 * is never ranked; a ranking by a count of linked rows, most first, leaves out the rows with none (as `rankByCount`).
 */
function topRows(b: SqlBuilder, node: Node, c: Cond & { kind: 'top' }, a: string): string {
  return b.withLinkMode('sets', () => {
    const x = b.alias(PREFIX[node.entity]);
    const column = c.by.kind === 'column' ? RANK_COLUMN[c.by.column][node.entity] : undefined;
    if (c.by.kind === 'column' && !column) throw new UncompilableRequest(`${node.entity} ranked by ${c.by.column}`);
    // parameters are bound in text order: the measure first, then the other conditions, then the limit
    const measure =
      c.by.kind === 'column' ? col(x, column ?? '') : linkedCount(b, node.entity, x, c.by.node, c.by.relations);
    const others = conditions(b, { entity: node.entity, conds: node.conds.filter((o) => o !== c) }, x);
    const dir = c.order === 'asc' ? 'ASC' : 'DESC';
    const kept = c.by.kind === 'count' && c.order === 'desc' ? `${q('n')} > 0` : `${q('n')} IS NOT NULL`;
    const measured = `SELECT ${col(x, 'id')} AS ${q('id')}, ${measure} AS ${q('n')} FROM ${q(TABLE[node.entity])} AS ${q(x)}${where(others)}`;
    const ranked = `SELECT ${q('id')}, RANK() OVER (ORDER BY ${q('n')} ${dir}) AS ${q('rank')} FROM (${measured}) AS ${q('measured')} WHERE ${kept}`;
    return `${col(a, 'id')} IN (SELECT ${q('id')} FROM (${ranked}) AS ${q('ranked')} WHERE ${q('rank')} <= ${b.bind(c.limit)})`;
  });
}

/**
 * "events with more companies than the average event", "sponsors with above-average revenue": the row's measure
 * against the average of the same measure over the rows the node's other conditions keep (the same set), as a
 * scalar sub-query; rows with no value are in no average and pass no comparison.
 */
function againstAverage(
  b: SqlBuilder,
  node: Node,
  c: Cond & { kind: 'linkCount' | 'compare' },
  a: string,
): string | null {
  const measure = (x: string): string | null =>
    c.kind === 'compare'
      ? col(x, c.column === 'employees' ? 'employees_min' : c.column)
      : c.entity === node.entity
        ? null
        : linkedCount(b, node.entity, x, { entity: c.entity, conds: c.conds ?? [] }, c.relations);
  // parameters are bound in text order: the row's measure, then the averaged measure, then the other conditions
  const own = measure(a);
  if (own === null) return null;
  const x = b.alias(PREFIX[node.entity]);
  const averaged = measure(x) ?? '';
  const others = conditions(b, { entity: node.entity, conds: node.conds.filter((o) => o !== c) }, x);
  const op = c.op === '<' || c.op === '<=' ? c.op : '>';
  return `${own} ${op} (SELECT AVG(${averaged}) FROM ${q(TABLE[node.entity])} AS ${q(x)}${where(others)})`;
}

/**
 * A link, an excluded set or a missing field tested of the company by name: `name [NOT] IN (the names of the rows it
 * holds for)`. The names are a set built whole (NOT IN keeps its NULL semantics, as a negated link's); no condition
 * left in an excluded set excludes every row, as `except` does.
 */
function byName(b: SqlBuilder, c: Cond, a: string): string | null {
  return b.withLinkMode('sets', () => {
    const other = b.alias('c');
    const held = (
      c.kind === 'except'
        ? conditions(b, c.node, other)
        : c.kind === 'link' || c.kind === 'hasValue'
          ? [condition(b, 'companies', { ...c, negate: false }, other)]
          : []
    ).filter((x): x is string => x !== null);
    const negate = c.kind === 'except' || ((c.kind === 'link' || c.kind === 'hasValue') && c.negate);
    if (held.length === 0) return negate ? b.dialect.falseValue : null;
    const names = `SELECT ${identityKey('companies', other)} FROM ${q('companies')} AS ${q(other)}${where(held)}`;
    return `${identityKey('companies', a)} ${negate ? 'NOT IN' : 'IN'} (${names})`;
  });
}

function where(parts: string[]): string {
  return parts.length > 0 ? ` WHERE ${parts.join(' AND ')}` : '';
}

/** The keys of a set of rows: `SELECT key FROM from WHERE ...`, written as a probe or a set (see {@link member}). */
interface KeySet {
  key: string;
  from: string;
  where: string[];
  /** Written as a correlated probe from the row tested (see `LinkMode`). */
  probe: boolean;
}

/**
 * How many rows of a set share one key: `few` for ids, company ids (a company's participations or people), `many`
 * for event ids drawn from participations (an event's participations number in the hundreds).
 */
type PerKey = 'few' | 'many';

/**
 * A set of keys compiled where the builder's link mode says: probed when followed from a walked row, or, inside a
 * probe, when few of its rows share a key; its own conditions are compiled in the mode that follows from that.
 */
function keys(b: SqlBuilder, perKey: PerKey, build: () => Omit<KeySet, 'probe'>): KeySet {
  const probe = b.linkMode === 'walkedRow' || (b.linkMode === 'probe' && perKey === 'few');
  return { ...b.withLinkMode(probe ? 'probe' : 'sets', build), probe };
}

function setSql(s: KeySet): string {
  return `SELECT ${s.key} FROM ${s.from}${where(s.where)}`;
}

/**
 * `x IN (set)`, or for a probed set `EXISTS (SELECT 1 FROM ... WHERE ... AND key = x)`: the same rows where a
 * condition is tested (a key is never NULL; a NULL x is in neither), the set's parameters in the same order.
 */
function member(x: string, s: KeySet): string {
  return s.probe
    ? `EXISTS (SELECT 1 FROM ${s.from} WHERE ${[...s.where, `${s.key} = ${x}`].join(' AND ')})`
    : `${x} IN (${setSql(s)})`;
}

/** `x NOT IN (set)`: never a probe (NOT EXISTS would keep a NULL x that NOT IN leaves out). */
function notMember(x: string, s: KeySet): string {
  return `${x} NOT IN (${setSql(s)})`;
}

/**
 * The ids of a node's rows (`SELECT alias.id FROM table alias WHERE ...`), or null when the node has no conditions.
 * A node whose one condition is a link to another table is that link's own set of ids (`SELECT pa.company_id FROM
 * participations ...`): the same ids, since each is a NOT NULL foreign key to the node's table, without the node's
 * table read and a second list built from the first. Measured on the generated 1,000,000-person database, the
 * showcase question's first page spent most of its time building the ~35,000 companies at Singapore events twice.
 */
function keySet(b: SqlBuilder, node: Node): KeySet | null {
  const only = node.conds.length === 1 ? node.conds[0] : undefined;
  if (only?.kind === 'link' && !only.negate && only.node.entity !== node.entity) {
    const ids = linkedIds(b, node.entity, only);
    if (ids !== undefined) return ids;
  }
  const set = keys(b, 'few', () => {
    const alias = b.alias(PREFIX[node.entity]);
    return {
      key: col(alias, 'id'),
      from: `${q(TABLE[node.entity])} AS ${q(alias)}`,
      where: conditions(b, node, alias),
    };
  });
  return set.where.length > 0 ? set : null;
}

function numericCompare(b: SqlBuilder, alias: string, c: Cond & { kind: 'compare' }): string {
  if (c.column === 'employees') {
    const lo = col(alias, 'employees_min');
    const hi = col(alias, 'employees_max');
    switch (c.op) {
      case '>':
        return `${lo} > ${b.bind(c.value)}`;
      case '>=':
        return `${lo} >= ${b.bind(c.value)}`;
      case '<':
        return `${hi} < ${b.bind(c.value)}`;
      case '<=':
        return `${hi} <= ${b.bind(c.value)}`;
      case '=':
        return `${lo} <= ${b.bind(c.value)} AND (${hi} IS NULL OR ${hi} >= ${b.bind(c.value)})`;
      case 'between':
        return `${lo} >= ${b.bind(c.value)} AND ${hi} <= ${b.bind(c.value2 ?? c.value)}`;
    }
  }
  const column = col(alias, c.column);
  if (c.op === 'between') return `${column} BETWEEN ${b.bind(c.value)} AND ${b.bind(c.value2 ?? c.value)}`;
  return `${column} ${c.op} ${b.bind(c.value)}`;
}

/** A job title saying one of the patterns and none of the exclusions (a title condition, or one seniority's alternative). */
function titleMatch(b: SqlBuilder, a: string, t: TitleMatch): string {
  const include = `(${t.patterns.map((p) => wordLike(b, col(a, 'job_title'), p)).join(' OR ')})`;
  const exclude = t.exclude.map((p) => `NOT ${wordLike(b, col(a, 'job_title'), p)}`);
  return `(${[include, ...exclude].join(' AND ')})`;
}

type CondCompiler<K extends Cond['kind']> = (
  b: SqlBuilder,
  entity: EntityKind,
  c: Extract<Cond, { kind: K }>,
  a: string,
) => string | null;

/**
 * The SQL of each condition kind on a row alias `a` (null: the condition does not narrow anything). A mapped
 * `Record` over `Cond['kind']`, so adding a kind to the IR without compiling it is a type error.
 */
const CONDITION: { [K in Cond['kind']]: CondCompiler<K> } = {
  ids: (b, _entity, c, a) => `${col(a, 'id')} IN ${b.list(c.ids)}`,
  notIds: (b, _entity, c, a) => `${col(a, 'id')} NOT IN ${b.list(c.ids)}`,
  startBetween: (b, _entity, c, a) => {
    const parts: string[] = [];
    if (c.from) parts.push(`${col(a, 'start_date')} >= ${b.bind(c.from)}`);
    if (c.to) parts.push(`${col(a, 'start_date')} <= ${b.bind(c.to)}`);
    return parts.join(' AND ') || null;
  },
  endBetween: (b, _entity, c, a) => {
    const end = `COALESCE(${col(a, 'end_date')}, ${col(a, 'start_date')})`;
    const parts: string[] = [];
    if (c.from) parts.push(`${end} >= ${b.bind(c.from)}`);
    if (c.to) parts.push(`${end} <= ${b.bind(c.to)}`);
    return parts.join(' AND ') || null;
  },
  past: (b, _entity, c, a) => `COALESCE(${col(a, 'end_date')}, ${col(a, 'start_date')}) < ${b.bind(c.asOf)}`,
  ongoing: (b, _entity, c, a) =>
    `${col(a, 'start_date')} <= ${b.bind(c.asOf)} AND COALESCE(${col(a, 'end_date')}, ${col(a, 'start_date')}) >= ${b.bind(c.asOf)}`,
  country: (b, _entity, c, a) =>
    c.negate
      ? `${col(a, 'country')} IS NOT NULL AND ${col(a, 'country')} NOT IN ${b.list(c.values)}`
      : c.orCities && c.orCities.length > 0
        ? `(${col(a, 'country')} IN ${b.list(c.values)} OR ${col(a, 'city')} IN ${b.list(c.orCities)})`
        : `${col(a, 'country')} IN ${b.list(c.values)}`,
  state: (b, entity, c, a) => {
    // events have no state column: they are in the state when their city is one of its cities
    const [column, values] = entity === 'events' ? ['city', c.cities ?? []] : ['state', c.values];
    return c.negate
      ? `${col(a, column)} IS NOT NULL AND ${col(a, column)} NOT IN ${b.list(values)}`
      : `${col(a, column)} IN ${b.list(values)}`;
  },
  city: (b, _entity, c, a) =>
    c.negate
      ? `${col(a, 'city')} IS NOT NULL AND ${col(a, 'city')} NOT IN ${b.list(c.values)}`
      : `${col(a, 'city')} IN ${b.list(c.values)}`,
  venue: (b, _entity, c, a) => {
    // the complex's own listings whose venue field names only a room are at it too (their derived venue group)
    const named = c.patterns.map((p) => patternWordLike(b, col(a, 'venue'), p));
    if (c.group !== undefined) named.push(`${col(a, 'venue_group')} = ${b.bind(c.group)}`);
    const any = `(${named.join(' OR ')})`;
    return c.negate ? `NOT COALESCE(${any}, ${b.dialect.falseValue})` : any;
  },
  tag: (b, _entity, c, a) => {
    const carries = (tags: readonly string[]): string => {
      const t = b.alias('t');
      return `EXISTS (SELECT 1 FROM ${q('event_tags')} AS ${q(t)} WHERE ${col(t, 'event_id')} = ${col(a, 'id')} AND ${col(t, 'tag')} IN ${b.list([...tags])})`;
    };
    const tagged = c.tags.length > 0 ? [carries(c.tags)] : [];
    // a narrower theme than the tags: the events of its theme that carry the other tag too ("fintech": finance and
    // technology), and the events saying it (name or description)
    if (c.withTag && c.withTag.tags.length > 0)
      tagged.push(`(${carries(c.withTag.tags)} AND ${carries([c.withTag.tag])})`);
    const said = (c.mentioning ?? []).flatMap((w) => [
      typedWordLike(b, col(a, 'name'), w),
      typedWordLike(b, col(a, 'description'), w),
    ]);
    const parts = [...tagged, ...said];
    if (parts.length === 0) return null;
    const sql = parts.length === 1 ? (parts[0] ?? '') : `(${parts.join(' OR ')})`;
    return c.negate ? (said.length > 0 ? `NOT COALESCE(${sql}, ${b.dialect.falseValue})` : `NOT ${sql}`) : sql;
  },
  text: (b, _entity, c, a) => {
    const sql = c.words
      .map((w) => `(${typedWordLike(b, col(a, 'name'), w)} OR ${typedWordLike(b, col(a, 'description'), w)})`)
      .join(' AND ');
    return c.negate ? `NOT (${sql})` : `(${sql})`;
  },
  nameHas: (b, entity, c, a) => {
    const column = entity === 'people' ? 'full_name' : entity === 'participations' ? null : 'name';
    if (!column) return null;
    const sql = c.words.map((w) => typedWordLike(b, col(a, column), w)).join(' AND ');
    return c.negate ? `NOT (${sql})` : `(${sql})`;
  },
  industry: (b, _entity, c, a) => {
    const i = b.alias('ci');
    const match =
      c.industries.length > 0
        ? `${col(i, 'industry')} IN ${b.list(c.industries)}`
        : c.words.map((w) => typedWordLike(b, col(i, 'industry'), w)).join(' AND ');
    const sql = `EXISTS (SELECT 1 FROM ${q('company_industries')} AS ${q(i)} WHERE ${col(i, 'company_id')} = ${col(a, 'id')} AND ${match})`;
    return c.negate ? `NOT ${sql}` : sql;
  },
  compare: (b, _entity, c, a) => numericCompare(b, a, c),
  // Every function the title states (person_job_functions), not only the primary one in people.job_function.
  jobFunction: (b, _entity, c, a) => {
    const has = (values: readonly string[]): string => {
      const f = b.alias('pf');
      return `EXISTS (SELECT 1 FROM ${q('person_job_functions')} AS ${q(f)} WHERE ${col(f, 'person_id')} = ${col(a, 'id')} AND ${col(f, 'job_function')} IN ${b.list([...values])})`;
    };
    const sql = c.all && c.values.length > 1 ? `(${c.values.map((v) => has([v])).join(' AND ')})` : has(c.values);
    return c.negate ? `NOT ${sql}` : sql;
  },
  seniority: (b, _entity, c, a) => {
    const orFunctions = c.orFunctions ?? [];
    const orTitles = c.orTitles ?? [];
    const ofFunctions = c.ofFunctions ?? [];
    // `b.list` binds its values as it is called: the negated form builds its own list, never after an unused one
    // (a second list left its parameters unbound: "people who are not directors" failed to run)
    if (c.negate && orFunctions.length === 0 && orTitles.length === 0 && ofFunctions.length === 0)
      return `(${col(a, 'seniority')} IS NULL OR ${col(a, 'seniority')} NOT IN ${b.list(c.values)})`;
    const inLevel = `${col(a, 'seniority')} IN ${b.list(c.values)}`;
    // "marketing directors" beside "or CTOs": the level in those functions, the title alternative without them
    const inFunctions = (): string => {
      const f = b.alias('pf');
      return `EXISTS (SELECT 1 FROM ${q('person_job_functions')} AS ${q(f)} WHERE ${col(f, 'person_id')} = ${col(a, 'id')} AND ${col(f, 'job_function')} IN ${b.list(ofFunctions)})`;
    };
    const level = ofFunctions.length > 0 ? `(${inLevel} AND ${inFunctions()})` : inLevel;
    if (orFunctions.length === 0 && orTitles.length === 0)
      return c.negate ? `NOT COALESCE(${level}, ${b.dialect.falseValue})` : level;
    // the alternatives in the order they are written: each binds its values as it is built
    const alternatives = [level];
    if (orFunctions.length > 0) {
      const f = b.alias('pf');
      alternatives.push(
        `EXISTS (SELECT 1 FROM ${q('person_job_functions')} AS ${q(f)} WHERE ${col(f, 'person_id')} = ${col(a, 'id')} AND ${col(f, 'job_function')} IN ${b.list(orFunctions)})`,
      );
    }
    for (const t of orTitles) alternatives.push(titleMatch(b, a, t));
    const sql = `(${alternatives.join(' OR ')})`;
    return c.negate ? `NOT COALESCE(${sql}, ${b.dialect.falseValue})` : sql;
  },
  title: (b, _entity, c, a) => {
    const alternatives = c.alternatives ?? [];
    const sql =
      alternatives.length === 0
        ? titleMatch(b, a, c)
        : `(${[c, ...alternatives].map((t) => titleMatch(b, a, t)).join(' OR ')})`;
    return c.negate ? `NOT ${sql}` : sql;
  },
  relation: (b, _entity, c, a) =>
    c.negate ? `${col(a, 'relation')} NOT IN ${b.list(c.values)}` : `${col(a, 'relation')} IN ${b.list(c.values)}`,
  hasValue: (_b, _entity, c, a) => {
    const text = `CAST(${col(a, c.column)} AS TEXT)`;
    return c.negate ? `COALESCE(${text}, '') = ''` : `${col(a, c.column)} IS NOT NULL AND ${text} <> ''`;
  },
  hasEmail: (_b, _entity, c, a) =>
    c.negate ? `COALESCE(${col(a, 'email')}, '') = ''` : `${col(a, 'email')} IS NOT NULL AND ${col(a, 'email')} <> ''`,
  personName: (b, _entity, c, a) => {
    const columns =
      c.part === 'first' ? ['first_name'] : c.part === 'surname' ? ['surname'] : ['first_name', 'surname'];
    const sql = columns
      .map((column) => `COALESCE(lower(${col(a, column)}), '') IN ${b.list(c.values.map((v) => v.toLowerCase()))}`)
      .join(' OR ');
    return c.negate ? `NOT (${sql})` : `(${sql})`;
  },
  link: (b, entity, c, a) => link(b, entity, a, c),
  // the excluded set, read like any node of the entity (no condition: every row is excluded)
  except: (b, _entity, c, a) =>
    // a set left out is built whole, never probed (as a negated link: NOT IN keeps its NULL semantics)
    b.withLinkMode('sets', () => {
      const excluded = keySet(b, c.node);
      return excluded ? notMember(col(a, 'id'), excluded) : b.dialect.falseValue;
    }),
  sameDates: (b, _entity, c, a) => {
    const x = b.alias('e');
    const end = (alias: string): string => `COALESCE(${col(alias, 'end_date')}, ${col(alias, 'start_date')})`;
    const dates = c.overlap
      ? `${col(x, 'start_date')} <= ${end(a)} AND ${end(x)} >= ${col(a, 'start_date')}`
      : `${col(x, 'start_date')} = ${col(a, 'start_date')} AND ${end(x)} = ${end(a)}`;
    return `${col(a, 'id')} NOT IN ${b.list(c.ids)} AND EXISTS (SELECT 1 FROM ${q('events')} AS ${q(x)} WHERE ${col(x, 'id')} IN ${b.list(c.ids)} AND ${dates})`;
  },
  sameVenue: (b, _entity, c, a) => {
    const x = b.alias('e');
    const place = (alias: string): string => `COALESCE(${col(alias, 'venue_group')}, ${col(alias, 'venue')})`;
    return `${col(a, 'id')} NOT IN ${b.list(c.ids)} AND EXISTS (SELECT 1 FROM ${q('events')} AS ${q(x)} WHERE ${col(x, 'id')} IN ${b.list(c.ids)} AND ${place(x)} = ${place(a)})`;
  },
  urlHost: (b, _entity, c, a) => {
    // the host is the domain or one of its subdomains ("gynecology.magnusconferences.com"), a path or nothing after it
    const url = `lower(${col(a, 'url')})`;
    const on = ['://', '.']
      .flatMap((lead) => [`%${lead}${c.domain}/%`, `%${lead}${c.domain}`])
      .map((p) => `${url} LIKE ${b.bind(p)}`);
    const any = `(${on.join(' OR ')})`;
    return c.negate ? `NOT ${any}` : any;
  },
  contactsVsSize: (b, entity, c, a) => {
    const count = linkedCount(b, entity, a, { entity: 'people', conds: [] }, []);
    // above the band's upper end (its lower end when open: "10,001+"), or below its lower end
    return c.op === '>'
      ? `${count} > COALESCE(${col(a, 'employees_max')}, ${col(a, 'employees_min')})`
      : `${count} < ${col(a, 'employees_min')}`;
  },
  // the ranking needs the node's other conditions: compiled by `conditions` (`topRows`)
  top: () => null,
  linkCount: (b, entity, c, a) => {
    if (c.entity === entity) return null;
    const count = linkedCount(b, entity, a, { entity: c.entity, conds: c.conds ?? [] }, c.relations);
    if (c.op === 'between') return `${count} BETWEEN ${b.bind(c.value)} AND ${b.bind(c.value2 ?? c.value)}`;
    return `${count} ${c.op} ${b.bind(c.value)}`;
  },
};

function condition(b: SqlBuilder, entity: EntityKind, c: Cond, a: string): string | null {
  return (CONDITION[c.kind] as CondCompiler<Cond['kind']>)(b, entity, c, a);
}

/** The people's companies among a node's people (`SELECT p.company_id FROM people p WHERE ...`, NULLs left out). */
function peopleCompanies(b: SqlBuilder, node: Node): KeySet {
  return keys(b, 'few', () => {
    const alias = b.alias('p');
    return {
      key: col(alias, 'company_id'),
      from: `${q('people')} AS ${q(alias)}`,
      where: [`${col(alias, 'company_id')} IS NOT NULL`, ...conditions(b, node, alias)],
    };
  });
}

/**
 * The ids of `from` rows a link reaches, as a set of NOT NULL foreign keys to `from`'s table (participations'
 * event_id or company_id, people's company_id), for the links compiled as `from.id IN (set)`; undefined for the
 * others. Parameters are bound in text order: the relation filter first, then the linked set.
 */
function linkedIds(b: SqlBuilder, from: EntityKind, c: Cond & { kind: 'link' }): KeySet | undefined {
  const viaParticipations = (
    key: 'event_id' | 'company_id',
    linked: 'event_id' | 'company_id',
    makeSet: () => KeySet | null,
  ): KeySet =>
    keys(b, linked === 'event_id' ? 'many' : 'few', () => {
      const pa = b.alias('pa');
      const rel = relationFilter(b, pa, c.relations);
      const set = makeSet();
      const apart = c.apartFrom && linked === 'company_id' ? apartFrom(b, pa, c.apartFrom) : null;
      const parts = [rel, set ? member(col(pa, key), set) : null, apart].filter((x): x is string => x !== null);
      return { key: col(pa, linked), from: `${q('participations')} AS ${q(pa)}`, where: parts };
    });
  switch (`${from}->${c.node.entity}`) {
    case 'companies->events':
      return viaParticipations('event_id', 'company_id', () => keySet(b, c.node));
    case 'events->companies':
      return viaParticipations('company_id', 'event_id', () => keySet(b, c.node));
    case 'events->people':
      return viaParticipations('company_id', 'event_id', () => peopleCompanies(b, c.node));
    case 'companies->people':
      return peopleCompanies(b, c.node);
    case 'events->participations':
    case 'companies->participations':
      return keys(b, from === 'events' ? 'many' : 'few', () => {
        const key = from === 'events' ? 'event_id' : 'company_id';
        const alias = b.alias('pa');
        const rel = c.relations.length > 0 ? [`${col(alias, 'relation')} IN ${b.list(c.relations)}`] : [];
        return {
          key: col(alias, key),
          from: `${q('participations')} AS ${q(alias)}`,
          where: [...rel, ...conditions(b, c.node, alias)],
        };
      });
    default:
      return undefined;
  }
}

/**
 * "sponsors somewhere and speakers somewhere else": the company of the participation `pa` (by name, as `identity.ts`
 * takes a company) holds one of `apart.relations` at an event of `apart.node` other than `pa`'s (by name: one event
 * listed under two URLs is one event).
 */
function apartFrom(b: SqlBuilder, pa: string, apart: ApartFrom): string {
  const other = b.alias('pa');
  const c1 = b.alias('c');
  const c2 = b.alias('c');
  const e1 = b.alias('e');
  const e2 = b.alias('e');
  // parameters are bound in text order: the relation filter first, then the other link's events
  const rel = relationFilter(b, other, apart.relations);
  const same = `${identityKey('companies', c2)} = ${identityKey('companies', c1)}`;
  const apartEvents = `${identityKey('events', e2)} <> ${identityKey('events', e1)}`;
  const events = b.withLinkMode('sets', () => keySet(b, apart.node));
  const inEvents = events ? member(col(other, 'event_id'), events) : null;
  return (
    `EXISTS (SELECT 1 FROM ${q('participations')} AS ${q(other)}` +
    ` JOIN ${q('companies')} AS ${q(c2)} ON ${col(c2, 'id')} = ${col(other, 'company_id')}` +
    ` JOIN ${q('events')} AS ${q(e2)} ON ${col(e2, 'id')} = ${col(other, 'event_id')}` +
    ` JOIN ${q('companies')} AS ${q(c1)} ON ${col(c1, 'id')} = ${col(pa, 'company_id')}` +
    ` JOIN ${q('events')} AS ${q(e1)} ON ${col(e1, 'id')} = ${col(pa, 'event_id')}` +
    ` WHERE ${[rel, same, apartEvents, inEvents].filter((x): x is string => x !== null).join(' AND ')})`
  );
}

/**
 * A link from a row of `from` (alias `a`) to a set of `c.node` rows: nested sets, or in a first-page walk, probes
 * from the row (see `LinkMode`). A negated link is always written with sets (see {@link notMember}).
 */
function link(b: SqlBuilder, from: EntityKind, a: string, c: Cond & { kind: 'link' }): string | null {
  return c.negate ? b.withLinkMode('sets', () => linkSql(b, from, a, c)) : linkSql(b, from, a, c);
}

function linkSql(b: SqlBuilder, from: EntityKind, a: string, c: Cond & { kind: 'link' }): string | null {
  const to = c.node.entity;
  const isIn = (x: string, set: KeySet): string => (c.negate ? notMember(x, set) : member(x, set));
  if (from === to) {
    const set = keySet(b, c.node);
    return set ? isIn(col(a, 'id'), set) : null;
  }
  const ids = linkedIds(b, from, c);
  if (ids !== undefined) return isIn(col(a, 'id'), ids);
  const pa = b.alias('pa');
  // parameters are bound in text order: the relation filter first, then the linked set
  const participationsOf = (key: 'event_id' | 'company_id', makeSet: () => KeySet | null): KeySet =>
    keys(b, 'few', () => {
      const rel = relationFilter(b, pa, c.relations);
      const set = makeSet();
      const parts = [rel, set ? member(col(pa, key), set) : null].filter((x): x is string => x !== null);
      return { key: col(pa, 'company_id'), from: `${q('participations')} AS ${q(pa)}`, where: parts };
    });
  switch (`${from}->${to}`) {
    case 'people->companies': {
      const set = keySet(b, c.node);
      if (!set) return c.negate ? `${col(a, 'company_id')} IS NULL` : `${col(a, 'company_id')} IS NOT NULL`;
      return c.negate
        ? `(${col(a, 'company_id')} IS NULL OR ${notMember(col(a, 'company_id'), set)})`
        : member(col(a, 'company_id'), set);
    }
    case 'people->events': {
      const set = participationsOf('event_id', () => keySet(b, c.node));
      return `${c.negate ? `${col(a, 'company_id')} IS NULL OR ` : ''}${isIn(col(a, 'company_id'), set)}`;
    }
    case 'participations->events':
    case 'participations->companies': {
      // the relations named ("as sponsors of") are the participation row's own
      const rel = relationFilter(b, a, c.relations);
      const set = keySet(b, c.node);
      const key = to === 'events' ? 'event_id' : 'company_id';
      const parts = [rel, set ? member(col(a, key), set) : null].filter((x): x is string => x !== null);
      if (parts.length === 0) return null;
      return c.negate ? `NOT (${parts.join(' AND ')})` : parts.join(' AND ');
    }
    case 'participations->people': {
      // as for events and companies: the relations named are the participation row's own
      const rel = relationFilter(b, a, c.relations);
      const people = member(col(a, 'company_id'), peopleCompanies(b, c.node));
      const parts = [rel, people].filter((x): x is string => x !== null);
      return c.negate ? `NOT (${parts.join(' AND ')})` : parts.join(' AND ');
    }
    case 'people->participations': {
      const set = keys(b, 'few', () => {
        const alias = b.alias('pa');
        const rel = relationFilter(b, alias, c.relations);
        return {
          key: col(alias, 'company_id'),
          from: `${q('participations')} AS ${q(alias)}`,
          where: [...(rel ? [rel] : []), ...conditions(b, c.node, alias)],
        };
      });
      return isIn(col(a, 'company_id'), set);
    }
    default:
      return null;
  }
}

/** The columns of a company's attributes asked ("with their revenue", "and employee count"), of the alias `a`. */
function companyAttributeColumns(a: string, has: (x: string) => boolean): string[] {
  const cols: string[] = [];
  if (has('revenue')) cols.push(col(a, 'revenue_raw'), col(a, 'revenue_usd'));
  if (has('employees')) cols.push(col(a, 'employees_raw'));
  if (has('founded')) cols.push(col(a, 'founded_year'));
  if (has('phone')) cols.push(col(a, 'phone'));
  if (has('website')) cols.push(col(a, 'homepage_url'));
  if (has('linkedin')) cols.push(col(a, 'linkedin_url'));
  if (has('address') || has('location')) cols.push(col(a, 'address'), col(a, 'city'));
  else if (has('city')) cols.push(col(a, 'city'));
  return cols;
}

/** The years from a founding-year column to the year of a checked calendar day (an integer literal, never text). */
function ageOf(asOf: string, column: string): string {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(asOf)?.[1];
  if (!year) throw new Error(`not a calendar day: ${JSON.stringify(asOf)}`);
  return `(${Number(year)} - ${column})`;
}

/** The identifying and context columns of a listed entity (and the joins they need). */
function listColumns(
  entity: EntityKind,
  a: string,
  request: Pick<Request, 'attributes' | 'asOf'>,
  dialect: CompileDialect,
): { cols: string[]; joins: string; order: string } {
  const attributes = request.attributes;
  const has = (x: string): boolean => attributes.includes(x);
  switch (entity) {
    case 'events': {
      const cols = [
        `${col(a, 'name')} AS ${q('event')}`,
        col(a, 'url'),
        col(a, 'start_date'),
        col(a, 'end_date'),
        col(a, 'venue'),
        col(a, 'city'),
        col(a, 'country'),
      ];
      if (has('description')) cols.push(col(a, 'description'));
      if (has('duration')) cols.push(col(a, 'duration_days'));
      // the days left before the event starts, from the question's day (negative once it has started)
      if (has('days_until') && request.asOf !== undefined)
        cols.push(`${dialect.daysSince(request.asOf, col(a, 'start_date'))} AS ${q('days_until')}`);
      return { cols, joins: '', order: `${col(a, 'start_date')}, ${col(a, 'name')}` };
    }
    case 'companies': {
      const cols = [`${col(a, 'name')} AS ${q('company')}`, col(a, 'domain'), col(a, 'country'), col(a, 'industry')];
      // a company's age: the question's year minus its founding year (none where the year is unknown)
      const age =
        has('age') && request.asOf !== undefined
          ? [`${ageOf(request.asOf, col(a, 'founded_year'))} AS ${q('age_years')}`]
          : [];
      return { cols: [...cols, ...companyAttributeColumns(a, has), ...age], joins: '', order: col(a, 'name') };
    }
    case 'people': {
      const c = `${a}c`;
      const cols = [
        col(a, 'full_name'),
        col(a, 'first_name'),
        col(a, 'surname'),
        col(a, 'job_title'),
        `${col(c, 'name')} AS ${q('company')}`,
        col(a, 'company_domain'),
        col(a, 'email'),
        col(a, 'country'),
      ];
      if (has('city') || has('location')) cols.push(col(a, 'city'));
      if (has('email_pattern')) cols.push(col(a, 'email_pattern'));
      return {
        cols,
        joins: ` LEFT JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${col(a, 'company_id')}`,
        order: col(a, 'full_name'),
      };
    }
    case 'participations': {
      const e = `${a}e`;
      const c = `${a}c`;
      return {
        // "their relation to the event and employee count": the company's attributes asked, beside its relation
        cols: [
          `${col(e, 'name')} AS ${q('event')}`,
          `${col(c, 'name')} AS ${q('company')}`,
          col(c, 'domain'),
          col(a, 'relation'),
          ...companyAttributeColumns(c, has),
        ],
        joins: ` JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(a, 'event_id')} JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${col(a, 'company_id')}`,
        order: `${col(e, 'name')}, ${col(c, 'name')}`,
      };
    }
  }
}

/**
 * A list's order made total: its own keys, then every listed column. The rows are DISTINCT over those columns, so no
 * two rows tie: every plan returns them in one order, and pages read with different plans (the first-page walk, then
 * the whole statement) concatenate to the result.
 */
function totalOrder(lc: { cols: string[]; order: string }): string {
  const keys = lc.order.split(', ');
  const rest = lc.cols.map((c) => c.replace(/ AS "[^"]*"$/, '')).filter((c) => !keys.includes(c));
  return [...keys, ...rest].join(', ');
}

/**
 * The NOT NULL column a list of the entity is ordered by first, walked for its first page (events are not: their
 * start date may be NULL, which a key comparison leaves out; participations are ordered by other tables' columns).
 */
const WALKED_KEY: Partial<Record<EntityKind, string>> = { people: 'full_name', companies: 'name' };

/**
 * The rows of a table up to the {@link FIRST_PAGE_WALK_ROWS}-th by `key`, all those sharing its key included, in
 * that order (a table with fewer rows gives none: the statement itself is cheap there). The LIMIT -1 keeps SQLite
 * from flattening the sub-query into the statement (and planning it as the whole statement again).
 */
function keyPrefix(table: string, key: string, alias: string): string {
  const boundary = `(SELECT ${q(key)} FROM ${q(table)} ORDER BY ${q(key)} LIMIT 1 OFFSET ${FIRST_PAGE_WALK_ROWS})`;
  return `(SELECT * FROM ${q(table)} WHERE ${q(key)} <= ${boundary} ORDER BY ${q(key)} LIMIT -1) AS ${q(alias)}`;
}

/**
 * The target's conditions as a first-page walk tests them on each of its rows: each link followed from the row (see
 * `LinkMode`) instead of the linked sets built for a few thousand rows (on the generated 1,000,000-person database,
 * building the ~37,000 participations of the companies at Singapore events was a third of the showcase question's
 * first page). The same parameters as the statement's conditions, in the same order: the statement binds them once.
 */
function walkConditions(request: Request, statement: SqlBuilder): string[] {
  const b = new SqlBuilder(statement.dialect, 'walkedRow');
  const parts = conditions(b, request.target, b.alias(PREFIX[request.target.entity]));
  const same = b.params.length === statement.params.length && b.params.every((p, i) => p === statement.params[i]);
  if (!same) throw new UncompilableRequest('a first-page walk whose parameters differ from its statement');
  return parts;
}

/** The grouping expression of a dimension for an entity (with the joins it needs). */
/**
 * The events a grouping of companies reaches them by: the one link the target has to events ("sponsors" are
 * companies linked to events as sponsors; "sponsors of events in Singapore" to those events), so a company is
 * grouped by the dates, venues or themes of the events of that link, not of every event it takes part in. Null when
 * the target has no such link, or several (then any event of the company's is its event).
 */
type EventScope = { relations: readonly Relation[]; node: Node } | null;

function eventScope(t: Node): EventScope {
  if (t.entity !== 'companies') return null;
  const links = t.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && !c.negate && c.node.entity === 'events',
  );
  // the same link said twice ("for each event that has sponsors, how many sponsoring companies") is one
  const said = new Set(links.map((c) => JSON.stringify([c.relations, c.node])));
  const [only] = links;
  if (said.size === 1 && only) return { relations: only.relations, node: only.node };
  // "for each event with exhibitors, how many exhibiting companies": the companies among those linked to events
  // under one relation, the link said through a set of companies; the grouping's events are reached through it
  const among = t.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && !c.negate && c.node.entity === 'companies',
  );
  const [set] = among;
  if (links.length > 0 || among.length !== 1 || !set || set.node.conds.length !== 1) return null;
  const inner = eventScope(set.node);
  const same = set.relations.length === 0 || JSON.stringify(set.relations) === JSON.stringify(inner?.relations);
  return inner && same ? inner : null;
}

/**
 * Joins from a company, person or participation row to the events it is linked to (a company's: those of its
 * `scope` link, when it has one; the relations and the event conditions are in the joins, bound in their order),
 * with the alias of the participation joined through (none from a participation row).
 */
function eventJoin(
  b: SqlBuilder,
  entity: EntityKind,
  a: string,
  scope: EventScope = null,
): { alias: string; joins: string; participation?: string } {
  const e = b.alias('e');
  if (entity === 'participations')
    return { alias: e, joins: ` JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(a, 'event_id')}` };
  const pa = b.alias('pa');
  const on = entity === 'people' ? col(a, 'company_id') : col(a, 'id');
  const viaRelation =
    scope && scope.relations.length > 0 ? ` AND ${col(pa, 'relation')} IN ${b.list(scope.relations)}` : '';
  const eventConds = scope
    ? conditions(b, scope.node, e)
        .map((c) => ` AND ${c}`)
        .join('')
    : '';
  return {
    alias: e,
    participation: pa,
    joins: ` JOIN ${q('participations')} AS ${q(pa)} ON ${col(pa, 'company_id')} = ${on}${viaRelation} JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(pa, 'event_id')}${eventConds}`,
  };
}

/**
 * A grouping's SQL: the shown columns, the grouped expression, joins, the not-null test, the identity key of a
 * grouped entity, and `shownAfter`: a column that follows from the grouped one, shown after a group's count (grouped
 * by too, so every dialect accepts it).
 */
type DimensionSql = {
  select: string[];
  group: string;
  joins: string;
  notNull: string;
  key?: string;
  shownAfter?: { column: string; name: string };
};

/**
 * A dimension's SQL: what is shown, what groups, the joins it needs, and, for the dimensions that are entities (an
 * event, a company), `key`: the identity that tells how many distinct ones there are (one per name, `identity.ts`),
 * where `group` keeps each stored row apart to show it.
 */
function dimension(
  b: SqlBuilder,
  entity: EntityKind,
  dim: Dimension,
  a: string,
  scope: EventScope = null,
): DimensionSql | null {
  const simple = (column: string, name: string): DimensionSql => ({
    select: [`${col(a, column)} AS ${q(name)}`],
    group: col(a, column),
    joins: '',
    notNull: `${col(a, column)} IS NOT NULL`,
  });
  switch (dim) {
    case 'relation': {
      if (entity === 'participations') return simple('relation', 'relation');
      // companies held to some relations at some events ("partners vs sponsors at X"): grouped by those relations
      // there, not by every relation the companies hold anywhere
      if (entity === 'companies' && scope && scope.relations.length > 0) {
        const { joins, participation: pa } = eventJoin(b, entity, a, scope);
        if (pa === undefined) return null;
        return {
          select: [`${col(pa, 'relation')} AS ${q('relation')}`],
          group: col(pa, 'relation'),
          joins,
          notNull: '1 = 1',
        };
      }
      const pa = b.alias('pa');
      const key = entity === 'events' ? 'event_id' : 'company_id';
      const on = entity === 'people' ? col(a, 'company_id') : col(a, 'id');
      return {
        select: [`${col(pa, 'relation')} AS ${q('relation')}`],
        group: col(pa, 'relation'),
        joins: ` JOIN ${q('participations')} AS ${q(pa)} ON ${col(pa, key)} = ${on}`,
        notNull: '1 = 1',
      };
    }
    case 'country':
    case 'city': {
      if (entity === 'participations') {
        const e = b.alias('e');
        return {
          select: [`${col(e, dim)} AS ${q(dim)}`],
          group: col(e, dim),
          joins: ` JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(a, 'event_id')}`,
          notNull: `${col(e, dim)} IS NOT NULL`,
        };
      }
      // a company's (person's) country is shown with its two-letter code beside the name: the code is the
      // country as the address states it (", XX"), and one country name has one code
      if (dim === 'country' && (entity === 'companies' || entity === 'people'))
        return { ...simple(dim, dim), shownAfter: { column: col(a, 'country_code'), name: 'country_code' } };
      return simple(dim, dim);
    }
    case 'industry': {
      if (entity === 'events') return dimension(b, entity, 'tag', a, scope);
      // every industry a company lists (company_industries, as the industry condition reads them), not only the
      // first one: a company in "Software Development" and "IT Services" counts in both groups
      const ci = b.alias('ci');
      const on = entity === 'companies' ? col(a, 'id') : col(a, 'company_id');
      return {
        select: [`${col(ci, 'industry')} AS ${q('industry')}`],
        group: col(ci, 'industry'),
        joins: ` JOIN ${q('company_industries')} AS ${q(ci)} ON ${col(ci, 'company_id')} = ${on}`,
        notNull: '1 = 1',
      };
    }
    case 'tag': {
      if (entity === 'companies' || entity === 'people') {
        const { alias: e, joins } = eventJoin(b, entity, a, scope);
        const t = b.alias('t');
        const tg = b.alias('tg');
        return {
          select: [`${col(tg, 'label')} AS ${q('tag')}`],
          group: col(tg, 'label'),
          joins: `${joins} JOIN ${q('event_tags')} AS ${q(t)} ON ${col(t, 'event_id')} = ${col(e, 'id')} JOIN ${q('tags')} AS ${q(tg)} ON ${col(tg, 'tag')} = ${col(t, 'tag')}`,
          notNull: '1 = 1',
        };
      }
      const t = b.alias('t');
      const tg = b.alias('tg');
      const on = entity === 'participations' ? col(a, 'event_id') : col(a, 'id');
      return {
        select: [`${col(tg, 'label')} AS ${q('tag')}`],
        group: col(tg, 'label'),
        joins: ` JOIN ${q('event_tags')} AS ${q(t)} ON ${col(t, 'event_id')} = ${on} JOIN ${q('tags')} AS ${q(tg)} ON ${col(tg, 'tag')} = ${col(t, 'tag')}`,
        notNull: '1 = 1',
      };
    }
    case 'job_function':
    case 'seniority': {
      if (entity === 'people') return { ...simple(dim, dim), select: [`${labelled(col(a, dim))} AS ${q(dim)}`] };
      const p = b.alias('p');
      const on = entity === 'companies' ? col(a, 'id') : entity === 'participations' ? col(a, 'company_id') : null;
      if (!on) return null;
      return {
        select: [`${labelled(col(p, dim))} AS ${q(dim)}`],
        group: col(p, dim),
        joins: ` JOIN ${q('people')} AS ${q(p)} ON ${col(p, 'company_id')} = ${on}`,
        notNull: `${col(p, dim)} IS NOT NULL`,
      };
    }
    case 'job_title': {
      // each title as written, its case aside ("Sales Manager" and "sales manager" are one title)
      const title = (x: string): DimensionSql => ({
        select: [`MIN(${col(x, 'job_title')}) AS ${q('job_title')}`],
        group: `lower(${col(x, 'job_title')})`,
        joins: '',
        notNull: `${col(x, 'job_title')} IS NOT NULL AND ${col(x, 'job_title')} <> ''`,
      });
      if (entity === 'people') return title(a);
      const p = b.alias('p');
      const on = entity === 'companies' ? col(a, 'id') : entity === 'participations' ? col(a, 'company_id') : null;
      if (!on) return null;
      return { ...title(p), joins: ` JOIN ${q('people')} AS ${q(p)} ON ${col(p, 'company_id')} = ${on}` };
    }
    case 'month':
    case 'quarter':
    case 'year':
    case 'venue': {
      const { alias: e, joins } = entity === 'events' ? { alias: a, joins: '' } : eventJoin(b, entity, a, scope);
      // a venue complex written several ways is one venue: the derived venue group (`@musaeid/db` deriveVenueGroup),
      // the venue as published where a database has none
      const expr =
        dim === 'venue'
          ? `COALESCE(${col(e, 'venue_group')}, ${col(e, 'venue')})`
          : b.dialect.datePrefix(col(e, 'start_date'), dim);
      return {
        select: [`${expr} AS ${q(dim)}`],
        group: expr,
        joins,
        notNull: `${col(e, dim === 'venue' ? 'venue' : 'start_date')} IS NOT NULL`,
      };
    }
    case 'event': {
      if (entity === 'participations') {
        const e = b.alias('e');
        return {
          select: [`${col(e, 'name')} AS ${q('event')}`, col(e, 'url')],
          group: col(e, 'id'),
          joins: ` JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(a, 'event_id')}`,
          notNull: '1 = 1',
          key: identityKey('events', e),
        };
      }
      const { alias: e, joins } = eventJoin(b, entity, a, scope);
      return {
        select: [`${col(e, 'name')} AS ${q('event')}`, col(e, 'url')],
        group: col(e, 'id'),
        joins,
        notNull: '1 = 1',
        key: identityKey('events', e),
      };
    }
    case 'company': {
      // events reach their companies through their participations (the event's own id is no company's: "number of
      // events per company" joined companies to events by id)
      const pa = entity === 'events' ? b.alias('pa') : null;
      const c = b.alias('c');
      const on = pa
        ? col(pa, 'company_id')
        : entity === 'people' || entity === 'participations'
          ? col(a, 'company_id')
          : col(a, 'id');
      const via = pa ? ` JOIN ${q('participations')} AS ${q(pa)} ON ${col(pa, 'event_id')} = ${col(a, 'id')}` : '';
      return {
        select: [`${col(c, 'name')} AS ${q('company')}`, col(c, 'domain')],
        group: col(c, 'id'),
        joins: `${via} JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${on}`,
        notNull: '1 = 1',
        key: identityKey('companies', c),
      };
    }
  }
}

/** The number of events the participations `pa` (kept by `filters`) reach, each event once by name. */
function eventsCounted(b: SqlBuilder, pa: string, filters: readonly string[]): string {
  const e = b.alias('e');
  return `(SELECT COUNT(DISTINCT ${identityKey('events', e)}) FROM ${q('participations')} AS ${q(pa)} JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(pa, 'event_id')}${where([...filters])})`;
}

/**
 * A correlated count of the rows of `measure` linked to the current row of `entity`: events and companies each once
 * by name (`identity.ts`), as every count of them is taken.
 */
function linkedCount(
  b: SqlBuilder,
  entity: EntityKind,
  a: string,
  measure: Node,
  relations: readonly Relation[],
): string {
  const pa = b.alias('pa');
  const relOf = (): string[] => (relations.length > 0 ? [`${col(pa, 'relation')} IN ${b.list(relations)}`] : []);
  const to = measure.entity;
  if (entity === 'events' && (to === 'companies' || to === 'participations')) {
    const rel = relOf();
    const set = to === 'companies' ? keySet(b, measure) : null;
    const filters = [
      `${col(pa, 'event_id')} = ${col(a, 'id')}`,
      ...rel,
      ...(set ? [member(col(pa, 'company_id'), set)] : []),
    ];
    if (to === 'participations') return `(SELECT COUNT(*) FROM ${q('participations')} AS ${q(pa)}${where(filters)})`;
    const c = b.alias('c');
    return `(SELECT COUNT(DISTINCT ${eventLinkKey(relations.length > 0, pa, c)}) FROM ${q('participations')} AS ${q(pa)} JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${col(pa, 'company_id')}${where(filters)})`;
  }
  if (entity === 'companies' && (to === 'events' || to === 'participations')) {
    // what a company takes part in under any of its rows (a company listed under two domains is one company): each
    // row of the name carries the name's number, so a ranking or a threshold ("at 2+ events") reads the company
    const named = b.alias('c');
    const rows = `SELECT ${col(named, 'id')} FROM ${q('companies')} AS ${q(named)} WHERE ${identityKey('companies', named)} = ${identityKey('companies', a)}`;
    const rel = relOf();
    const set = to === 'events' ? keySet(b, measure) : null;
    const filters = [
      `${col(pa, 'company_id')} IN (${rows})`,
      ...rel,
      ...(set ? [member(col(pa, 'event_id'), set)] : []),
    ];
    if (to === 'participations') return `(SELECT COUNT(*) FROM ${q('participations')} AS ${q(pa)}${where(filters)})`;
    return eventsCounted(b, pa, filters);
  }
  if (entity === 'companies' && to === 'people') {
    const p = b.alias('p');
    return `(SELECT COUNT(*) FROM ${q('people')} AS ${q(p)}${where([`${col(p, 'company_id')} = ${col(a, 'id')}`, ...conditions(b, measure, p)])})`;
  }
  if (entity === 'events' && to === 'people') {
    const p = b.alias('p');
    const rel = relOf();
    return `(SELECT COUNT(DISTINCT ${col(p, 'id')}) FROM ${q('participations')} AS ${q(pa)} JOIN ${q('people')} AS ${q(p)} ON ${col(p, 'company_id')} = ${col(pa, 'company_id')}${where([`${col(pa, 'event_id')} = ${col(a, 'id')}`, ...rel, ...conditions(b, measure, p)])})`;
  }
  if (entity === 'people' && to === 'events') {
    return eventsCounted(b, pa, [`${col(pa, 'company_id')} = ${col(a, 'company_id')}`, ...relOf()]);
  }
  if (entity === 'people' && to === 'companies') {
    const c = b.alias('c');
    return `(SELECT COUNT(*) FROM ${q('companies')} AS ${q(c)}${where([`${col(c, 'id')} = ${col(a, 'company_id')}`, ...conditions(b, measure, c)])})`;
  }
  const alias = b.alias(PREFIX[to]);
  return `(SELECT COUNT(*) FROM ${q(TABLE[to])} AS ${q(alias)}${where(conditions(b, measure, alias))})`;
}

/**
 * The average of the counted numbers `n`, exact, and beside it as it is said ("38.6 companies per event"): an average
 * of whole counts read to one decimal. AVG of a count is numeric in PostgreSQL, so ROUND(.., 1) is defined in both.
 */
function averageOfCounts(label: string): string {
  return `AVG(${q('n')}) AS ${q(`avg_n_${label}`)}, ROUND(AVG(${q('n')}), 1) AS ${q(`avg_n_${label}_rounded`)}`;
}

/**
 * "average number of companies per event": the average, over the targets, of how many `measure` rows each has, or
 * null when the plain per-row count is the convention. Events are one per name (an event listed under several URLs
 * is one event, as counts and lists take them): the listings the conditions keep are grouped by name and the
 * measured rows of all of them counted once. Companies are counted once by name (a company listed under two domains
 * is one company at the event, as company counts show); averaged over companies, a company's rows are grouped by
 * name likewise and its events counted once by name (`identity.ts`). A target with none counts as 0 (the LEFT JOINs
 * keep it with nothing to count).
 */
function averagedCount(
  b: SqlBuilder,
  t: Node,
  a: string,
  measure: Node,
  relations: readonly Relation[],
  label: string,
): CompiledQuery | null {
  if (averagedOnce(t.entity, measure.entity) === null) return null;
  const from = `${q(TABLE[t.entity])} AS ${q(a)}`;
  const pa = b.alias('pa');
  const rel = relationFilter(b, pa, relations);
  const avg = `SELECT ${averageOfCounts(label)}, COUNT(*) AS `;
  if (t.entity === 'events' && (measure.entity === 'companies' || measure.entity === 'people')) {
    let joins: string;
    let counted: string;
    if (measure.entity === 'companies') {
      const c = b.alias('c');
      const set = keySet(b, measure);
      const on = [`${col(pa, 'event_id')} = ${col(a, 'id')}`, ...(rel ? [rel] : [])];
      if (set) on.push(member(col(pa, 'company_id'), set));
      joins = ` LEFT JOIN ${q('participations')} AS ${q(pa)} ON ${on.join(' AND ')} LEFT JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${col(pa, 'company_id')}`;
      counted = `COUNT(DISTINCT ${identityKey('companies', c)})`;
    } else {
      const p = b.alias('p');
      const on = [`${col(pa, 'event_id')} = ${col(a, 'id')}`, ...(rel ? [rel] : [])];
      const personOn = [`${col(p, 'company_id')} = ${col(pa, 'company_id')}`, ...conditions(b, measure, p)];
      joins = ` LEFT JOIN ${q('participations')} AS ${q(pa)} ON ${on.join(' AND ')} LEFT JOIN ${q('people')} AS ${q(p)} ON ${personOn.join(' AND ')}`;
      counted = `COUNT(DISTINCT ${col(p, 'id')})`;
    }
    // the joins' parameters are bound before the events' own conditions, in the order the text holds them
    const name = identityKey('events', a);
    const perEvent = `SELECT ${name} AS ${q('event_key')}, ${counted} AS ${q('n')} FROM ${from}${joins}${where(conditions(b, t, a))} GROUP BY ${name}`;
    return { sql: `${avg}${q('events')} FROM (${perEvent}) AS ${q('counted')}`, params: b.params };
  }
  if (t.entity === 'companies' && measure.entity === 'events') {
    // a company listed under several domains is one company: its rows' events together, each event once by name
    const e = b.alias('e');
    const set = keySet(b, measure);
    const on = [`${col(pa, 'company_id')} = ${col(a, 'id')}`, ...(rel ? [rel] : [])];
    if (set) on.push(member(col(pa, 'event_id'), set));
    const joins = ` LEFT JOIN ${q('participations')} AS ${q(pa)} ON ${on.join(' AND ')} LEFT JOIN ${q('events')} AS ${q(e)} ON ${col(e, 'id')} = ${col(pa, 'event_id')}`;
    const key = identityKey('companies', a);
    const perCompany = `SELECT ${key} AS ${q('company_key')}, COUNT(DISTINCT ${identityKey('events', e)}) AS ${q('n')} FROM ${from}${joins}${where(conditions(b, t, a))} GROUP BY ${key}`;
    return { sql: `${avg}${q('companies')} FROM (${perCompany}) AS ${q('counted')}`, params: b.params };
  }
  return null;
}

/**
 * The numeric value of a measured column on a row, in the unit asked: a size band's midpoint, and a founding year
 * asked as an age (`ageAsOf`, the question's day) the years since it. The plain aggregate and each group's read it
 * here, so a measure means the same whether it is asked of the whole set or per group.
 */
function numericValue(alias: string, column: NumericColumn, ageAsOf?: string): string {
  if (ageAsOf !== undefined) {
    if (column !== 'founded_year') throw new UncompilableRequest(`age of ${column}`);
    return ageOf(ageAsOf, col(alias, column));
  }
  return column === 'employees'
    ? `(${col(alias, 'employees_min')} + COALESCE(${col(alias, 'employees_max')}, ${col(alias, 'employees_min')})) / 2.0`
    : col(alias, column);
}

/** The question's day when a measure is asked as an age; a request asking an age with no day cannot be compiled. */
function ageDay(age: true | undefined, asOf: string | undefined, column: NumericColumn): string | undefined {
  if (!age) return undefined;
  if (asOf === undefined) throw new UncompilableRequest(`age of ${column}`);
  return asOf;
}

/**
 * A stored code shown in words ("c_level" -> "C-level", `valueLabels.ts`); codes with no label of their own show as
 * stored. The codes and labels are the engine's own constants, never typed text, so they are written as SQL string
 * literals (a dimension's select is built before it is known whether the shape shows it: a bound parameter there
 * would be left unused by a count of distinct values).
 */
function labelled(expr: string): string {
  const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;
  const cases = Object.entries(VALUE_LABELS).map(([code, words]) => `WHEN ${literal(code)} THEN ${literal(words)}`);
  return `CASE ${expr} ${cases.join(' ')} ELSE ${expr} END`;
}

/**
 * A list of events with each event once: an event listed under several URLs is one event (as counts, groupings and
 * averages take them), shown by its first listing in the list's order among those the conditions keep. Listings of
 * one name that differ in what the list shows (CeMAT Southeast Asia listed on 12 and on 17 September) stay apart:
 * the rows are one per name and shown facts, the URL aside. `rows` is the FROM and WHERE of the plain list; the
 * order is the plain list's, said by the selected names.
 */
function eventsOnce(cols: readonly string[], order: string, a: string, rows: string): string {
  const names = cols.map(selectName);
  // the list's order by the names the columns are selected as ("e1"."name" is selected as "event")
  const outerOrder = order
    .split(', ')
    .map((key) => {
      const item = cols.find((c) => c === key || c.startsWith(`${key} AS `));
      return item ? q(selectName(item)) : null;
    })
    .filter((x): x is string => x !== null);
  // once per name and per distinct shown facts: listings that differ by their dates or venue are not one row
  // one key expression, a function call: the guard's PostgreSQL parser reads neither a PARTITION BY list nor an
  // operator there. concat() reads NULL as '' in SQLite and PostgreSQL; '|' between the parts keeps two facts from
  // running together into a third's
  const key = `concat(${[`lower(${col(a, 'name')})`, ...listingFacts(cols)].join(`, '|', `)})`;
  const first = `ROW_NUMBER() OVER (PARTITION BY ${key} ORDER BY ${order}) AS ${q('listing')}`;
  return `SELECT ${names.map((n) => q(n)).join(', ')} FROM (SELECT ${cols.join(', ')}, ${first} FROM ${rows}) AS ${q('listed')} WHERE ${q('listing')} = 1 ORDER BY ${outerOrder.join(', ')}`;
}

/** The name a select item is read by ('"e2"."name" AS "event"' -> "event", '"e2"."url"' -> "url"). */
function selectName(item: string): string {
  return /AS "([^"]+)"$/.exec(item)?.[1] ?? /"([^"]+)"$/.exec(item)?.[1] ?? item;
}

/**
 * "average company size of sponsors at each event": each group's aggregate of a column over its rows, each company
 * or event once per group by name (a company at an event under two relations, or under two domains, is one value
 * there), with the number of them that have a value; participations take their company's column.
 */
function groupedAggregate(
  b: SqlBuilder,
  t: Node,
  a: string,
  d: DimensionSql,
  shape: Extract<Shape, { kind: 'group' }> & { measure: NonNullable<Extract<Shape, { kind: 'group' }>['measure']> },
  asOf: string | undefined,
): CompiledQuery {
  const { fn, column, age } = shape.measure;
  if (!measuredBy(column, t.entity)) throw new UncompilableRequest(`${fn} of ${column} over ${t.entity}`);
  const ageAsOf = ageDay(age, asOf, column);
  const c = t.entity === 'participations' ? b.alias('c') : a;
  const companyJoin =
    t.entity === 'participations'
      ? ` JOIN ${q('companies')} AS ${q(c)} ON ${col(c, 'id')} = ${col(a, 'company_id')}`
      : '';
  const parts = conditions(b, t, a);
  const names = d.select.map(selectName);
  const value = `${fn}_${ageAsOf !== undefined ? 'age_years' : column}`;
  const dir = shape.order === 'asc' ? 'ASC' : 'DESC';
  // the measured entity (a participation's company) one per name in each group: a company under two domains, an
  // event under two URLs, is one value there, the mean of its rows' (`identity.ts`); each stored row once
  const measured: EntityKind = t.entity === 'participations' ? 'companies' : t.entity;
  const key = identityKey(measured, c, measured === 'events' && shape.perRow);
  const shown = names.map((n) => q(n)).join(', ');
  const inner = `SELECT DISTINCT ${d.select.join(', ')}, ${d.group} AS ${q('group_key')}, ${key} AS ${q('entity_key')}, ${col(c, 'id')} AS ${q('row_id')}, ${numericValue(c, column, ageAsOf)} AS ${q('value')} FROM ${q(TABLE[t.entity])} AS ${q(a)}${companyJoin}${d.joins}${where([...parts, d.notNull].filter((x) => x !== '1 = 1'))}`;
  const perEntity = `SELECT ${shown}, ${q('group_key')}, AVG(${q('value')}) AS ${q('value')} FROM (${inner}) AS ${q('measured')} GROUP BY ${q('group_key')}, ${q('entity_key')}, ${shown}`;
  const grouped = `SELECT ${shown}, ${fn.toUpperCase()}(${q('value')}) AS ${q(value)}, COUNT(${q('value')}) AS ${q(`${measured}_with_value`)} FROM (${perEntity}) AS ${q('per_entity')} GROUP BY ${q('group_key')}, ${shown}`;
  // the groups with a value, highest first (a group with none has no figure to rank)
  const ranked = `SELECT *, RANK() OVER (ORDER BY ${q(value)} ${dir}) AS ${q('rank')} FROM (${grouped}) AS ${q('grouped')} WHERE ${q(value)} IS NOT NULL`;
  const sql =
    shape.limit === null
      ? `SELECT * FROM (${grouped}) AS ${q('grouped')} ORDER BY ${q(value)} ${dir}`
      : `SELECT * FROM (${ranked}) AS ${q('ranked')} WHERE ${q('rank')} <= ${b.bind(shape.limit)} ORDER BY ${q('rank')}`;
  return { sql, params: b.params };
}

/**
 * A request the compiler cannot build as described. `validateRequest` refuses these before compiling, so
 * reaching it is a bug in the parser or the validator (reported as ENGINE_ERROR), never a silent fallback.
 */
export class UncompilableRequest extends Error {
  constructor(what: string) {
    super(`compileRequest: ${what} (validateRequest should have refused it)`);
    this.name = 'UncompilableRequest';
  }
}

/**
 * Compiles a request into one SELECT with every value bound as a parameter and identifiers quoted.
 * @example compileRequest({ version: 1, target: { entity: 'events', conds: [] }, shape: { kind: 'count' }, attributes: [], ignored: [] })
 *   // { sql: 'SELECT COUNT(*) AS "count", ... FROM "events" AS "e1"', params: [] }
 */
export function compileRequest(request: Request, dialect: CompileDialect = SQLITE_COMPILE_DIALECT): CompiledQuery {
  // the same check the generator makes before describing: never compile something other than what is described
  const problem = validateRequest(request);
  if (problem) throw new UncompilableRequest(problem.message);
  return compileValid(request, dialect);
}

function compileValid(request: Request, dialect: CompileDialect): CompiledQuery {
  const b = new SqlBuilder(dialect);
  const t = request.target;
  const a = b.alias(PREFIX[t.entity]);
  const from = `${q(TABLE[t.entity])} AS ${q(a)}`;
  const shape = request.shape;
  switch (shape.kind) {
    case 'count': {
      const d = shape.distinct ? dimension(b, t.entity, shape.distinct, a, eventScope(t)) : null;
      if (shape.distinct) {
        if (!d) throw new UncompilableRequest(`distinct ${shape.distinct} of ${t.entity}`);
        const parts = conditions(b, t, a);
        return {
          sql: `SELECT COUNT(DISTINCT ${d.key ?? d.group}) AS ${q(`distinct_${shape.distinct}`)} FROM ${from}${d.joins}${where(parts)}`,
          params: b.params,
        };
      }
      const parts = conditions(b, t, a);
      // an event listed under several URLs is one event: the number of event names, with the listings beside it
      if (t.entity === 'events' && !shape.perRow)
        return {
          sql: `SELECT COUNT(DISTINCT ${identityKey(t.entity, a)}) AS ${q('count')}, COUNT(*) AS ${q('listings')} FROM ${from}${where(parts)}`,
          params: b.params,
        };
      // a company listed under several domains is one company: one number, the companies by name (`identity.ts`)
      if (t.entity === 'companies' && !shape.perRow)
        return {
          sql: `SELECT COUNT(DISTINCT ${identityKey(t.entity, a)}) AS ${q('count')} FROM ${from}${where(parts)}`,
          params: b.params,
        };
      // "how many company rows / event listings": every stored row, the entities by name beside it
      const extra = onePerName(t.entity)
        ? `, COUNT(DISTINCT ${identityKey(t.entity, a)}) AS ${q('distinct_names')}`
        : '';
      return { sql: `SELECT COUNT(*) AS ${q('count')}${extra} FROM ${from}${where(parts)}`, params: b.params };
    }
    case 'share': {
      // the property first: its values are bound before the set's, as they come first in the SQL
      const property = conditions(b, shape.part, a);
      const parts = conditions(b, t, a);
      // each event or company once by name (`identity.ts`), each person once
      const key = identityKey(t.entity, a);
      const also = `COUNT(DISTINCT CASE WHEN ${property.length > 0 ? property.join(' AND ') : '1 = 1'} THEN ${key} END)`;
      const counts = `SELECT ${also} AS ${q('matching')}, COUNT(DISTINCT ${key}) AS ${q('total')} FROM ${from}${where(parts)}`;
      return {
        sql: `SELECT ${q('matching')}, ${q('total')}, ROUND(100.0 * ${q('matching')} / NULLIF(${q('total')}, 0), 1) AS ${q('percent')} FROM (${counts}) AS ${q('counted')}`,
        params: b.params,
      };
    }
    case 'aggregate': {
      const parts = conditions(b, t, a);
      const host = t.entity;
      const expr = numericValue(a, shape.column, ageDay(shape.age, request.asOf, shape.column));
      if (NUMERIC_HOST[shape.column] !== host) throw new UncompilableRequest(`${shape.column} over ${host}`);
      // "the min and max revenue": each function its own column
      const fns = [shape.fn, ...(shape.also ?? [])];
      const figured = shape.age ? 'age_years' : shape.column;
      const figures = (value: string): string =>
        fns.map((fn) => `${fn.toUpperCase()}(${value}) AS ${q(`${fn}_${figured}`)}`).join(', ');
      // an event listed under several URLs, a company under several domains, is one: its figure (the mean of its
      // rows' values) counts once, beside the number of them with a value and the stored rows
      if (onePerName(host) && !shape.perRow) {
        const name = identityKey(host, a);
        const [one, rows] = host === 'events' ? ['event', 'listings'] : ['company', 'rows'];
        return {
          sql: `SELECT ${figures(q('value'))}, COUNT(${q('value')}) AS ${q(`${host}_with_value`)}, SUM(${q(rows)}) AS ${q(rows)} FROM (SELECT ${name} AS ${q(`${one}_key`)}, AVG(${expr}) AS ${q('value')}, COUNT(*) AS ${q(rows)} FROM ${from}${where(parts)} GROUP BY ${name}) AS ${q(`per_${one}`)}`,
          params: b.params,
        };
      }
      return {
        sql: `SELECT ${figures(expr)}, COUNT(${expr}) AS ${q('rows_with_value')} FROM ${from}${where(parts)}`,
        params: b.params,
      };
    }
    case 'group': {
      const d = dimension(b, t.entity, shape.dimension, a, eventScope(t));
      if (!d) throw new UncompilableRequest(`${t.entity} grouped by ${shape.dimension}`);
      if (shape.measure) return groupedAggregate(b, t, a, d, { ...shape, measure: shape.measure }, request.asOf);
      const parts = conditions(b, t, a);
      // events and companies one per name (an event listed twice, a company under two domains, is one in its
      // group), unless the stored rows are asked
      const counted =
        t.entity === 'participations' ? 'COUNT(*)' : `COUNT(DISTINCT ${identityKey(t.entity, a, shape.perRow)})`;
      const name = t.entity === 'participations' ? 'count' : t.entity;
      const after = d.shownAfter;
      const grouped = after ? `${d.group}, ${after.column}` : d.group;
      const shownAfter = after ? `, ${after.column} AS ${q(after.name)}` : '';
      // "which countries have 3 or more sponsors": only the groups whose number meets the threshold
      const having = shape.having ? ` HAVING ${counted} ${shape.having.op} ${b.bind(shape.having.value)}` : '';
      // the rows whose place is unknown are a group of their own (`unknownGroups.ts`)
      const known = keepsUnknownGroup(shape) ? '1 = 1' : d.notNull;
      let sql = `SELECT ${d.select.join(', ')}, ${counted} AS ${q(name)}${shownAfter} FROM ${from}${d.joins}${where([...parts, known].filter((x) => x !== '1 = 1'))} GROUP BY ${grouped}${having} ORDER BY ${q(name)} ${shape.order === 'asc' ? 'ASC' : 'DESC'}`;
      if (shape.limit !== null) {
        sql = `SELECT * FROM (SELECT ${d.select.join(', ')}, ${counted} AS ${q(name)}${shownAfter}, RANK() OVER (ORDER BY ${counted} ${shape.order === 'asc' ? 'ASC' : 'DESC'}) AS ${q('rank')} FROM ${from}${d.joins}${where([...parts, d.notNull].filter((x) => x !== '1 = 1'))} GROUP BY ${grouped}${having}) AS ${q('grouped')} WHERE ${q('rank')} <= ${b.bind(shape.limit)} ORDER BY ${q('rank')}`;
      }
      return { sql, params: b.params };
    }
    case 'rankByCount': {
      const lc = listColumns(t.entity, a, request, b.dialect);
      const metric = linkedCount(b, t.entity, a, shape.node, shape.relations);
      const parts = conditions(b, t, a);
      const label = shape.label.toLowerCase().replace(/[^a-z0-9]+/g, '_') || 'count';
      const dir = shape.order === 'asc' ? 'ASC' : 'DESC';
      const inner = `SELECT ${lc.cols.join(', ')}, ${metric} AS ${q(`n_${label}`)} FROM ${from}${lc.joins}${where(parts)}`;
      const sql = `SELECT * FROM (SELECT *, RANK() OVER (ORDER BY ${q(`n_${label}`)} ${dir}) AS ${q('rank')} FROM (${inner}) AS ${q('counted')}${shape.order === 'desc' && !shape.keepNone ? ` WHERE ${q(`n_${label}`)} > 0` : ''}) AS ${q('ranked')} WHERE ${q('rank')} <= ${b.bind(shape.limit)} ORDER BY ${q('rank')}`;
      return { sql, params: b.params };
    }
    case 'countEach': {
      const label = shape.label.toLowerCase().replace(/[^a-z0-9]+/g, '_') || 'count';
      // "avg no. of companies per event": the average of the numbers, over every target (zero included); events and
      // the companies counted once by name, other targets per row
      const once = shape.average ? averagedCount(b, t, a, shape.node, shape.relations, label) : null;
      if (once) return once;
      const lc = listColumns(t.entity, a, request, b.dialect);
      const metric = linkedCount(b, t.entity, a, shape.node, shape.relations);
      if (shape.average) {
        return {
          sql: `SELECT ${averageOfCounts(label)}, COUNT(*) AS ${q('rows')} FROM (SELECT ${metric} AS ${q('n')} FROM ${from}${where(conditions(b, t, a))}) AS ${q('counted')}`,
          params: b.params,
        };
      }
      const counts = `SELECT ${lc.cols.join(', ')}, ${metric} AS ${q(`n_${label}`)} FROM ${from}${lc.joins}${where(conditions(b, t, a))}`;
      // "by company": the counted rows grouped, so a member with none is no group
      if (shape.grouped) {
        const names = lc.cols.map((c) => q(selectName(c))).join(', ');
        return {
          sql: `SELECT * FROM (${counts}) AS ${q('counted')} WHERE ${q(`n_${label}`)} > 0 ORDER BY ${q(`n_${label}`)} DESC, ${names}`,
          params: b.params,
        };
      }
      return { sql: `${counts} ORDER BY ${q(`n_${label}`)} DESC, ${lc.order}`, params: b.params };
    }
    case 'rankByColumn': {
      const column = RANK_COLUMN[shape.column]?.[t.entity];
      if (!column) throw new UncompilableRequest(`${t.entity} ranked by ${shape.column}`);
      const lc = listColumns(t.entity, a, request, b.dialect);
      const parts = conditions(b, t, a);
      const dir = shape.order === 'asc' ? 'ASC' : 'DESC';
      const cols = lc.cols.some((c) => c.includes(q(column))) ? lc.cols : [...lc.cols, col(a, column)];
      // "sort the sponsors by revenue": the whole list in that order, the rows without the value after the others
      // (written as a comparison, not NULLS LAST, so both dialects read it the same way)
      if (shape.limit === null) {
        // events once each, as their plain list shows them (`eventsOnce`), then in the order asked
        if (t.entity === 'events') {
          const listed = eventsOnce(cols, totalOrder(lc), a, `${from}${lc.joins}${where(parts)}`);
          const key = q(selectName(col(a, column)));
          const rest = cols.map((c) => q(selectName(c))).join(', ');
          return {
            sql: `SELECT * FROM (${listed}) AS ${q('listed_events')} ORDER BY ${key} IS NULL, ${key} ${dir}, ${rest}`,
            params: b.params,
          };
        }
        return {
          sql: `SELECT ${cols.join(', ')} FROM ${from}${lc.joins}${where(parts)} ORDER BY ${col(a, column)} IS NULL, ${col(a, column)} ${dir}, ${totalOrder(lc)}`,
          params: b.params,
        };
      }
      // "the top 3 longest events": events once each before they are ranked (an event listed under two URLs took two
      // of the three places)
      if (t.entity === 'events') {
        const known = `${from}${lc.joins}${where([...parts, `${col(a, column)} IS NOT NULL`])}`;
        const listed = eventsOnce(cols, totalOrder(lc), a, known);
        const key = q(selectName(col(a, column)));
        const ranked = `SELECT *, RANK() OVER (ORDER BY ${key} ${dir}) AS ${q('rank')} FROM (${listed}) AS ${q('listed_events')}`;
        return {
          sql: `SELECT * FROM (${ranked}) AS ${q('ranked')} WHERE ${q('rank')} <= ${b.bind(shape.limit)} ORDER BY ${q('rank')}`,
          params: b.params,
        };
      }
      const inner = `SELECT ${cols.join(', ')}, RANK() OVER (ORDER BY ${col(a, column)} ${dir}) AS ${q('rank')} FROM ${from}${lc.joins}${where([...parts, `${col(a, column)} IS NOT NULL`])}`;
      return {
        sql: `SELECT * FROM (${inner}) AS ${q('ranked')} WHERE ${q('rank')} <= ${b.bind(shape.limit)} ORDER BY ${q('rank')}`,
        params: b.params,
      };
    }
    case 'list': {
      const lc = listColumns(t.entity, a, request, b.dialect);
      // "how many events in X, and list them": events and companies are counted one per name, as the count shape
      // counts them (its conditions bound first: the sub-query stands before the list's own WHERE)
      const e = shape.withCount && onePerName(t.entity) && !shape.perRow ? b.alias(PREFIX[t.entity]) : null;
      const namesCounted = e
        ? `(SELECT COUNT(DISTINCT ${identityKey(t.entity, e)}) FROM ${q(TABLE[t.entity])} AS ${q(e)}${where(conditions(b, t, e))})`
        : null;
      const parts = conditions(b, t, a);
      const order = totalOrder(lc);
      // "how many people in X, and list them": the number of rows (as the count shape counts them) beside each; one
      // partition of all rows, said as PARTITION BY 1 (the guard's SQL parser reads no empty window)
      const cols = shape.withCount
        ? [...lc.cols, `${namesCounted ?? 'COUNT(*) OVER (PARTITION BY 1)'} AS ${q('count')}`]
        : lc.cols;
      const list = (source: string, filters: readonly string[]): string =>
        t.entity === 'events' && !shape.perRow
          ? eventsOnce(cols, order, a, `${source}${lc.joins}${where([...filters])}`)
          : `SELECT DISTINCT ${cols.join(', ')} FROM ${source}${lc.joins}${where([...filters])} ORDER BY ${order}`;
      // "3 sample companies": the first rows in the list's total order (no first-page walk: the limit is the page).
      // The limit is a whole number the validator checked, written as a literal: the guard's parser reads LIMIT n only
      if (shape.limit !== undefined)
        return { sql: `${list(from, parts)} LIMIT ${Math.trunc(shape.limit)}`, params: b.params };
      // a count over the whole list is no first page's: the walk would count its rows only
      const walked = dialect.name === 'sqlite' && !shape.withCount ? WALKED_KEY[t.entity] : undefined;
      return {
        sql: list(from, parts),
        params: b.params,
        ...(walked ? { firstPageSql: list(keyPrefix(TABLE[t.entity], walked, a), walkConditions(request, b)) } : {}),
      };
    }
  }
}
