/**
 * Seniority rules, as data. classifySeniority tries them IN ORDER (highest level first) and the first
 * match wins, so 'Senior Vice President' is vp, 'Assistant Vice President' vp, 'Senior Director' director,
 * 'Managing Director' director (the word "director"), 'Director of Sales Operations' director.
 * Patterns are case-insensitive RegExp sources tested on the title without its '@ Company' suffix;
 * `acronyms` are matched case-sensitively as whole words. Assistants / advisors TO an executive
 * ('Executive Assistant to the CEO') are removed before the rules run (see ASSISTANT_TO_PATTERNS).
 */
export type Seniority = 'c_level' | 'vp' | 'director' | 'head' | 'manager' | 'senior' | 'entry';

export const SENIORITIES: readonly Seniority[] = ['c_level', 'vp', 'director', 'head', 'manager', 'senior', 'entry'];

export interface SeniorityRule {
  readonly level: Seniority;
  readonly note: string;
  readonly patterns: readonly string[];
  readonly acronyms?: readonly string[];
}

export const SENIORITY_RULES: readonly SeniorityRule[] = [
  {
    level: 'c_level',
    note: 'the README\'s C-level: "chief ... officer", chief executive and the C-suite acronyms (CEO, CFO, CTO ...). Founders, owners, presidents and chairs are NOT c_level by themselves (their job_function is executive)',
    patterns: [
      String.raw`\bchief\b(?:[\w\s,&/-]{0,60}?)\bofficer\b`,
      String.raw`\bchief executive\b`,
      String.raw`\bc[- ]?(?:level|suite)\b`,
      String.raw`\bpdg\b`,
    ],
    acronyms: [
      'CEO',
      'CFO',
      'COO',
      'CTO',
      'CIO',
      'CMO',
      'CRO',
      'CHRO',
      'CPO',
      'CISO',
      'CDO',
      'CSO',
      'CCO',
      'CAO',
      'CXO',
      'CKO',
      'CBO',
      'CLO',
    ],
  },
  {
    level: 'vp',
    note: 'vice president (also assistant / associate / senior / executive VP), VP, SVP, EVP, AVP',
    patterns: [
      String.raw`\bvice[- ]?president\b`,
      String.raw`\bvp\b`,
      String.raw`\bv\.p\.`,
      String.raw`\b(?:svp|evp|avp|rvp|gvp)\b`,
      String.raw`\bvicepresident\b`,
    ],
  },
  {
    level: 'director',
    note: 'the word director (managing, executive, associate, senior director ...), and its French/Spanish/German forms (Geschäftsführer = managing director)',
    patterns: [
      String.raw`\bdirector\w*`,
      String.raw`\bdirect(?:eur|rice|ora)\b`,
      String.raw`\bdirektor\w*`,
      String.raw`\bdiretor\w*`,
      String.raw`\bdirettore\b`,
      String.raw`\bgesch[äa]ftsf[üu]hrer\w*`,
    ],
  },
  {
    level: 'head',
    note: 'head of / X head, German Leiter',
    patterns: [
      String.raw`\bhead\b`,
      String.raw`leiter(?:in)?\b`,
      String.raw`\bjefe\b`,
      String.raw`\bchef (?:de|des|d')\b`,
    ],
  },
  {
    level: 'manager',
    note: 'manager (also compounds like Projektmanager), supervisor, team lead(er), gerente, responsable',
    patterns: [
      String.raw`manager\b`,
      String.raw`\bmgr\b`,
      String.raw`\bmanaging\b`,
      String.raw`\bsupervisor\b`,
      String.raw`\bteam lead(?:er)?\b`,
      String.raw`\bleader\b`,
      String.raw`\w\s+lead\b(?=\s*(?:[,(|/-]|$))`,
      String.raw`\bgerente\b`,
      String.raw`\bresponsable\b`,
      String.raw`\bmanajer\b`,
      String.raw`\bforeman\b`,
    ],
  },
  {
    level: 'senior',
    note: 'senior, sr, principal, staff, expert, and "Lead X" individual contributors',
    patterns: [
      String.raw`\bsenior\b`,
      String.raw`\bsr\b\.?`,
      String.raw`\bprincipal\b`,
      String.raw`\bstaff (?:engineer|scientist|developer|technical|software)\b`,
      String.raw`\bexpert\b`,
      String.raw`\blead\b`,
    ],
  },
  {
    level: 'entry',
    note: 'intern, trainee, junior, graduate, apprentice, student, assistant, associate',
    patterns: [
      String.raw`\bintern(?:ship)?\b`,
      String.raw`\btrainee\b`,
      String.raw`\bjunior\b`,
      String.raw`\bjr\b\.?`,
      String.raw`\bgraduate\b`,
      String.raw`\bapprentice\w*`,
      String.raw`\bstudent\b`,
      String.raw`\bentry[- ]level\b`,
      String.raw`\bassistant\b`,
      String.raw`\bassociate\b`,
      String.raw`\bstagiaire\b`,
      String.raw`\bpraktikant\w*`,
      String.raw`\bwerkstudent\w*`,
      String.raw`\bauxiliar\b`,
      String.raw`\bassistente?\b`,
    ],
  },
];

/**
 * "Assistant to the CEO", "Advisor to the Chief Executive", "CXO Advisor", "Chief of Staff to the CEO", "Office of
 * the CFO": the executive named is the person's principal or client, not the person's level, so the executive is
 * dropped (keeping the role word: capture group 1, empty when there is none) before the rules run.
 */
export const ASSISTANT_TO_PATTERNS: readonly string[] = [
  // a chief of staff works for the executive named ("Chief of Staff to the CEO"): no chief officer, no C-level
  String.raw`\b(assistant|secretary|advis[oe]r|ea|pa|chief of staff)\s+to\b.*$`,
  // "Chief of Staff, Office of the CEO", "Director, Office of the CFO": the office named is the principal's
  String.raw`(?:\s*[,|-])?\s*\boffice of the\b.*$()`,
  String.raw`\b(?:c[efotimx]o|ciso|chro|c[- ]?(?:suite|level)|chief \w+ officer)s?\s+(advis[oe]rs?|coach|consultant|mentor)\b`,
];
