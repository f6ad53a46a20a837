import type { Cond, EntityKind, Relation } from '../../ir/Request';

/** A node of the request while it is being built: an entity with its conditions and its links to other nodes. */
export interface Draft {
  entity: EntityKind;
  conds: Cond[];
  /** The relation a relation noun carries ("sponsors" = companies that sponsor). */
  relations: Relation[] | null;
  edges: Edge[];
  singular: boolean;
  /** The object a verb of taking part implies when the message names none ("who's going?"): any events, unless a
   * follow-up's earlier turn says which (`followUp.ts`). */
  implied?: true;
}

/** A link between two drafts (both hold it in `edges`); `explicit` when a verb or noun said the relation. */
export interface Edge {
  a: Draft;
  b: Draft;
  relations: Relation[];
  negate: boolean;
  explicit: boolean;
}
