/**
 * The head of a theme compound and the event tag it names alone: "fintech", "proptech", "edtech", "hr tech" are the
 * technology OF the theme their first part names (finance, property, education, HR). Such a compound is narrower than
 * that theme's tag and than the technology tag (`parse/techCompounds.ts`): never read as either whole.
 */
export const THEME_COMPOUND_HEAD = { word: 'tech', tag: 'technology' } as const;

/** The shortest first part of a compound read as a clipped theme word ("ed" of "edtech", "ad" of "adtech"). */
export const MIN_COMPOUND_CLIP = 2;
