import type { EntityKind } from '../../ir/Request';
import { flushPre } from './applyModifier';
import type { BuildState } from './BuildState';
import { newDraft } from './graph';

/**
 * "who ..." opened the question and nothing is asked yet: the word read now says what "who" asks for (a company
 * name -> its people, a place -> the people based there, a relation verb -> the companies). Opens that node as
 * the target and the current node, with the premodifiers waiting for a noun applied to it (unless `flush` is
 * off: a company name before people words keeps them for the people noun). Does nothing otherwise.
 */
export function openPendingWho(
  s: BuildState,
  entity: EntityKind,
  opts: { singular?: boolean; flush?: boolean } = {},
): void {
  if (!s.pendingWho || s.current) return;
  const d = newDraft(s, entity, opts.singular ?? false);
  s.target = d;
  s.current = d;
  s.pendingWho = false;
  if (opts.flush ?? true) flushPre(s, d);
}
