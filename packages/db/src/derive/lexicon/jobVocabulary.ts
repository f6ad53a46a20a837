import type { JobFunction } from './jobFunctionRules';
import type { Seniority } from './seniorityRules';

/**
 * How people NAME each job function and seniority level in questions ("sales people", "recruiters",
 * "C-level", "VPs"), as data for a question parser; the classifiers decide the stored values.
 */
export interface VocabularyEntry<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly description: string;
  /** Lower-case words and phrases a question may use for this value. */
  readonly synonyms: readonly string[];
}

export const JOB_FUNCTION_VOCABULARY: readonly VocabularyEntry<JobFunction>[] = [
  {
    value: 'sales',
    label: 'Sales',
    description:
      'Sales and business development: account executives / managers / directors, key accounts, BDR/SDR, presales and sales engineers, CRO / head of revenue. Not sales operations or support, technical account managers, Salesforce administrators, recruiters, sales ledger or hotel revenue managers.',
    synonyms: [
      'sales',
      'salespeople',
      'sales people',
      'salesperson',
      'sales team',
      'sales reps',
      'sellers',
      'account executives',
      'account managers',
      'business development',
      'bd',
      'bdr',
      'sdr',
      'presales',
      'pre-sales',
      'key account',
      'key accounts',
    ],
  },
  {
    value: 'marketing',
    label: 'Marketing',
    description:
      'Marketing: titles with the word marketing (digital, product, content, growth, field marketing), CMO, brand managers, demand generation, SEO/SEM, advertising. Not communications, PR, editors, social media, campaign or e-commerce titles without the word marketing.',
    synonyms: ['marketing', 'marketers', 'marketing team', 'brand managers', 'demand generation'],
  },
  {
    value: 'hr',
    label: 'HR & Recruiting',
    description:
      'Human resources, HR business partners, talent acquisition, recruiters, people operations, CHRO, payroll, personnel. Not learning & development (training), talent strategy or human capital titles without an HR word.',
    synonyms: [
      'hr',
      'human resources',
      'recruiting',
      'recruiters',
      'recruiter',
      'recruitment',
      'talent acquisition',
      'people operations',
      'people team',
      'hrbp',
    ],
  },
  {
    value: 'engineering',
    label: 'Engineering',
    description: 'Engineers and developers, architects, R&D and science, CTO.',
    synonyms: ['engineering', 'engineers', 'developers', 'software engineers', 'r&d', 'technical staff'],
  },
  {
    value: 'it',
    label: 'IT',
    description:
      'Information technology, systems and networks, IT security, CRM/ERP administration (incl. Salesforce admins/developers), CIO/CISO.',
    synonyms: ['it', 'information technology', 'it staff', 'sysadmins', 'it security'],
  },
  {
    value: 'finance',
    label: 'Finance',
    description: 'Finance, accounting, controlling, treasury, audit, tax, investment, risk, revenue management, CFO.',
    synonyms: ['finance', 'financial', 'accounting', 'accountants', 'controllers', 'cfo'],
  },
  {
    value: 'operations',
    label: 'Operations',
    description:
      'Operations, supply chain, logistics, procurement, facilities, projects, events, hospitality operations, sales operations/support, COO.',
    synonyms: ['operations', 'ops', 'supply chain', 'logistics', 'procurement', 'purchasing'],
  },
  {
    value: 'executive',
    label: 'Executive / General management',
    description:
      'CEOs, founders, owners, presidents, chairs, managing directors, general and country managers, other chief officers without a function.',
    synonyms: [
      'executives',
      'executive',
      'leadership',
      'management',
      'founders',
      'owners',
      'general managers',
      'managing directors',
    ],
  },
  {
    value: 'legal',
    label: 'Legal & Compliance',
    description: 'Legal counsel, lawyers, paralegals, compliance, contracts, privacy.',
    synonyms: ['legal', 'lawyers', 'counsel', 'compliance', 'attorneys'],
  },
  {
    value: 'product',
    label: 'Product',
    description: 'Product management and ownership, UX/UI design, CPO.',
    synonyms: ['product', 'product managers', 'product management', 'ux', 'designers'],
  },
  {
    value: 'customer_success',
    label: 'Customer success & support',
    description: 'Customer success, service and support, technical account managers, client services.',
    synonyms: ['customer success', 'customer service', 'customer support', 'support', 'client services'],
  },
  {
    value: 'consulting',
    label: 'Consulting',
    description: 'Consultants and advisors (outside a named function).',
    synonyms: ['consultants', 'consulting', 'advisors', 'advisers'],
  },
  {
    value: 'education',
    label: 'Education',
    description: 'Teachers, lecturers, trainers, learning & development, academics, admissions, students.',
    synonyms: ['education', 'teachers', 'academics', 'lecturers', 'professors', 'students'],
  },
  {
    value: 'other',
    label: 'Other',
    description: 'Any other job (administration, analysts without a domain, hospitality staff ...).',
    synonyms: [],
  },
];

export const SENIORITY_VOCABULARY: readonly VocabularyEntry<Seniority>[] = [
  {
    value: 'c_level',
    label: 'C-level',
    description:
      'Chief ... officers: CEO, CFO, CTO, COO, CMO, CRO, CHRO ... (founders, owners and presidents are job_function executive).',
    synonyms: ['c-level', 'c level', 'c-suite', 'chief officers', 'cxo', 'cxos', 'top executives'],
  },
  {
    value: 'vp',
    label: 'Vice president',
    description: 'Vice presidents: VP, SVP, EVP, AVP.',
    synonyms: ['vp', 'vps', 'vice president', 'vice presidents', 'svp', 'evp'],
  },
  {
    value: 'director',
    label: 'Director',
    description: 'Titles with the word director (managing, executive, associate, senior director ...).',
    synonyms: ['director', 'directors'],
  },
  { value: 'head', label: 'Head', description: 'Head of ... / ... head.', synonyms: ['head of', 'heads'] },
  {
    value: 'manager',
    label: 'Manager',
    description: 'Managers, supervisors, team leads.',
    synonyms: ['manager', 'managers', 'supervisors', 'team leads'],
  },
  {
    value: 'senior',
    label: 'Senior individual contributor',
    description: 'Senior, principal, staff, lead individual contributors.',
    synonyms: ['senior', 'principal'],
  },
  {
    value: 'entry',
    label: 'Entry level',
    description: 'Interns, trainees, juniors, graduates, assistants, associates.',
    synonyms: ['entry level', 'entry-level', 'junior', 'juniors', 'interns', 'trainees', 'graduates'],
  },
];
