import type { Relation } from '../ir/Request';

/** Verbs linking a company to an event; an empty list means any relation ("attending", "taking part"). */
export const RELATION_VERBS: readonly (readonly [string, readonly Relation[]])[] = [
  ['attend', []], ['attends', []], ['attending', []], ['attended', []], ['attendance', []], ['take part', []],
  ['takes part', []], ['taking part', []], ['took part', []], ['participate', []], ['participates', []],
  ['participating', []], ['participated', []], ['involved', []], ['involved in', []], ['present at', []],
  ['going to', []], ['joining', []], ['appearing at', []], ['linked to', []], ['associated with', []],
  ['connected to', []], ['showing up at', []], ['appears at', []], ['appear at', []], ['appeared at', []], ['present', []], ['presence at', []], ['represented at', []], ['be at', []], ['going', []],
  ['sponsoring', ['sponsor']], ['sponsored', ['sponsor']], ['sponsor', ['sponsor']], ['sponsors', ['sponsor']],
  ['exhibiting', ['exhibitor']], ['exhibit', ['exhibitor']], ['exhibits', ['exhibitor']], ['exhibited', ['exhibitor']],
  ['exhibiting at', ['exhibitor']], ['speaking', ['speaker']], ['speak', ['speaker']], ['speaks', ['speaker']],
  ['spoke', ['speaker']], ['spoken', ['speaker']], ['spoken at', ['speaker']], ['talking at', ['speaker']], ['presenting', ['speaker']], ['presented', ['speaker']], ['presented at', ['speaker']], ['presents', ['speaker']], ['partnering', ['partner']], ['partnering with', ['partner']],
  ['partnered with', ['partner']], ['partner with', ['partner']], ['partners with', ['partner']],
  ['organising', ['organizer']], ['organizing', ['organizer']], ['organise', ['organizer']], ['organize', ['organizer']],
  ['organised', ['organizer']], ['organized', ['organizer']], ['organises', ['organizer']], ['organizes', ['organizer']],
  ['hosting', ['organizer']], ['hosted', ['organizer']],
];

/** Verbs linking a person to the company they work at. */
export const EMPLOYMENT_WORDS: readonly string[] = [
  'works at', 'work at', 'working at', 'works for', 'work for', 'working for', 'employed at', 'employed by',
  'employed', 'works', 'work', 'working', 'employees of', 'staff of', 'staff at', 'on the payroll of',
];

/** Words meaning a relation noun/verb that can be read as the verb form ("X sponsors Y"). */
export const VERB_OR_NOUN: ReadonlySet<string> = new Set(['sponsor', 'sponsors', 'partner', 'partners', 'host', 'hosts']);
