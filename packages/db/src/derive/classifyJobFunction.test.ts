import { describe, expect, it } from 'vitest';
import { classifyJobFunction, classifyJobFunctions, JOB_FUNCTIONS, withoutEmployer } from './classifyJobFunction';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('classifyJobFunction', () => {
  it.each([
    // sales: account executives / managers / directors, BD, key accounts, presales, BDR/SDR, CRO, sales engineers
    ['Strategic Account Executive', 'sales'],
    ['Account Executive', 'sales'],
    ['Account Manager', 'sales'],
    ['Key Account Manager', 'sales'],
    ['Account Director', 'sales'],
    ['Business Development Manager', 'sales'],
    ['BDM', 'sales'],
    ['BDR Inbound Team Leader', 'sales'],
    ['Sales Development Representative', 'sales'],
    ['SDR', 'sales'],
    ['Presales Consultant', 'sales'],
    ['Pre-Sales', 'sales'],
    ['Chief Revenue Officer (CRO)', 'sales'],
    ['Head of Revenue', 'sales'],
    ['Sales Engineer', 'sales'],
    ['VP Sales & Marketing', 'sales'],
    ['Marketing and Sales Director', 'sales'],
    ['Founder and Chief Sales Officer', 'sales'],
    ['Regional Sales Manager', 'sales'],
    ['Inside Sales Representative', 'sales'],
    ['Telesales Executive', 'sales'],
    ['Directeur des ventes', 'sales'],
    ['Vertriebsleiter', 'sales'],
    ['Account Executive @ Salesforce', 'sales'],
    ['Business Developer', 'sales'],
    ['Director of Revenue', 'sales'],
    // not sales
    ['Salesforce Administrator', 'it'],
    ['Salesforce Developer', 'it'],
    ['Senior Salesforce-Administrator', 'it'],
    ['Salesforce Solution Architect', 'it'],
    ['Sales Recruiter', 'hr'],
    ['Corporate Sales Recruiter', 'hr'],
    ['Sales Ledger Clerk', 'finance'],
    ['Revenue Manager', 'finance'],
    ['Assistant Revenue Manager', 'finance'],
    ['Cluster Director Revenue Management and Reservations', 'finance'],
    ['Chief Risk Officer (CRO)', 'finance'],
    ['Sales Operations Analyst', 'operations'],
    ['Sales Enablement Manager', 'operations'],
    ['Sales Coordinator', 'operations'],
    ['Technical Account Manager', 'customer_success'],
    ['Customer Success Manager', 'customer_success'],
    ['Solutions Engineer', 'engineering'],
    ['Solution Consultant', 'consulting'],
    // other functions
    ['Marketing Manager', 'marketing'],
    ['Product Marketing Manager', 'marketing'],
    ['Brand Manager', 'marketing'],
    ['Head of Demand Generation', 'marketing'],
    ['Growth Marketing Lead', 'marketing'],
    ['SEO Specialist', 'marketing'],
    // next to marketing but not marketing (the eval conventions): communications, PR, content, editors,
    // social media, campaigns, e-commerce, bare growth, brand ambassadors
    ['Head of Communications', 'other'],
    ['PR Manager', 'other'],
    ['Public Relations Officer', 'other'],
    ['Media Relations Executive', 'other'],
    ['Content Writer', 'other'],
    ['Editor in Chief', 'other'],
    ['Social Media Manager', 'other'],
    ['Community Manager', 'other'],
    ['Campaign Manager', 'other'],
    ['Head of Growth', 'other'],
    ['Brand Ambassador', 'other'],
    ['Creative Director', 'other'],
    ['Human Resources Business Partner', 'hr'],
    ['HRBP', 'hr'],
    ['Talent Acquisition Specialist', 'hr'],
    ['People Operations Coordinator', 'hr'],
    ['Chief People Officer', 'hr'],
    ['CHRO', 'hr'],
    ['Onboarding & Recruitment Instructor', 'hr'],
    // next to HR but without its words (the question writers leave them out): learning & development is
    // training; talent strategy, talent & culture, human capital and (customer) onboarding are no HR function
    ['Senior Manager Global Learning and Development', 'education'],
    ['APAC L&D Lead', 'education'],
    ['People Development', 'education'],
    ['Vice President of Talent Strategies', 'other'],
    ['Talent and Culture Manager', 'other'],
    ['Human Capital Manager', 'other'],
    ['Director of Global Onboarding', 'other'],
    ['Software Engineer', 'engineering'],
    ['Chief Technology Officer', 'engineering'],
    ['CTO, Co-Founder', 'engineering'],
    ['IT Manager', 'it'],
    ['Chief Information Security Officer (CISO)', 'it'],
    ['Network Administrator', 'it'],
    ['Chief Financial Officer', 'finance'],
    ['Financial Controller', 'finance'],
    ['Accountant', 'finance'],
    ['Supply Chain Manager', 'operations'],
    ['Procurement Specialist', 'operations'],
    // managing suppliers is procurement's work: operations, not 'other'
    ['Global Supplier Management Lead', 'operations'],
    ['Chief Operating Officer', 'operations'],
    ['Front Office Manager', 'operations'],
    ['CEO', 'executive'],
    ['Founder & CEO', 'executive'],
    ['Chief Executive Officer', 'executive'],
    ['Managing Director', 'executive'],
    ['General Manager', 'executive'],
    ['President', 'executive'],
    ['Owner', 'executive'],
    ['Co-Founder', 'executive'],
    ['Legal Counsel', 'legal'],
    ['Paralegal', 'legal'],
    ['Contract Manager', 'legal'],
    ['Product Manager', 'product'],
    ['Product Owner', 'product'],
    ['UX Designer', 'product'],
    ['Consultant', 'consulting'],
    ['Senior Advisor', 'consulting'],
    ['Lecturer in Maritime Law', 'education'],
    ['MBA Candidate', 'education'],
    ['Professor', 'education'],
    ['Office Manager', 'other'],
    ['Vice President', 'other'],
    ['Executive Assistant', 'other'],
    ['Assistant to the CEO', 'other'],
    ['Business Analyst', 'other'],
    ['Machine Learning Engineer', 'engineering'],
    ['Data Scientist', 'engineering'],
    ['R&D Manager', 'engineering'],
    // a subject the title works on (AI, analytics, data analysis, a bare 'mechanical') is not engineering
    ['Channels AI and Partner Communications', 'other'],
    ['Director, Strategy and Analytics', 'other'],
    ['Data Analyst', 'other'],
    ['Mechanical Development Manager', 'other'],
    // research is a subject too: a research team works in any field (markets, news, policy); an engineering word
    // (engineer, scientist, R&D) makes it engineering
    ['Research Manager', 'other'],
    ['Head of Market Research (APAC)', 'other'],
    ['Senior Research Analyst', 'other'],
    ['Investigative Researcher', 'other'],
    ['Policy Research Lead', 'other'],
    ['Senior Research Engineer', 'engineering'],
    ['Research Scientist', 'engineering'],
    ['Head of R&D Research', 'engineering'],
    ['Research Assistant', 'education'],
    // trades are operations, in an R&D team too, unless the title says engineer(ing)
    ['R&D/Prototype Machinist', 'operations'],
    ['Test Engineering Technician', 'engineering'],
    ['Partner Development Manager', 'other'],
    ['Senior Account-Manager', 'sales'],
    ['Key-Account-Manager', 'sales'],
    ['Head Of Business Development_Asia Pacific Region', 'sales'],
    ['Area Sales Manager_Germany_Belgium_Switzerland', 'sales'],
    ['Non-Executive Director', 'executive'],
    ['E-Commerce Manager', 'other'],
    ['client servicing', 'customer_success'],
  ])('%j -> %s', (title, fn) => {
    expect(classifyJobFunction(title)).toBe(fn);
  });

  it.each([
    [''],
    [null],
    ['in role in company'],
    ['Unemployed'],
    ['3 years 9 months in role 3 years 9 months in company'],
  ])('no job in %j -> null', (t) => {
    expect(classifyJobFunction(t)).toBeNull();
  });

  it('matches words, not substrings, and ignores an "@ Company" suffix', () => {
    expect(classifyJobFunction('Salesforce Architect')).not.toBe('sales');
    expect(classifyJobFunction('Wholesales Coordinator')).not.toBe('sales');
    expect(classifyJobFunction('Office Manager @ Sales Club')).toBe('other');
    expect(classifyJobFunction('Digital Transformation Lead')).toBe('it');
  });
});

warnIfNoRealData('classifyJobFunction');
describe('classifyJobFunctions (every function a title states, the primary first)', () => {
  it.each([
    ['VP Sales & Marketing', ['sales', 'marketing']],
    ['Director of Sales and Marketing', ['sales', 'marketing']],
    ['Marketing and Sales Director', ['sales', 'marketing']],
    ['Sales/Marketing Manager', ['sales', 'marketing']],
    ['Head of HR and Finance', ['hr', 'finance']],
    ['Founder & Chief Sales Officer', ['sales', 'executive']],
    ['Vice President, Sales & Distribution, Asia Pacific', ['sales', 'operations']],
    ['Directeur Ventes et Marketing', ['sales', 'marketing']],
    // one function: a single role, or a coordination inside one role
    ['Regional Sales Manager', ['sales']],
    ['Sales Director, EMEA', ['sales']],
    ['R&D Manager', ['engineering']],
    ['M&A Advisor', ['finance']],
    ['UX/UI Designer', ['product']],
    ['Sales and Marketing Coordinator', ['operations']],
    ['Head of Vertical Sales, Amazon Advertising', ['sales']],
    // the word marketing names the function wherever it stands, without a conjunction
    ['Director of Sales Marketing', ['sales', 'marketing']],
    ['Content Marketing Manager, Sales Enablement', ['operations', 'marketing']],
    ['Senior Manager Marketing Business Development', ['sales', 'marketing']],
    ['SEO Account Manager', ['sales', 'marketing']],
    // an engineer / developer is engineering too, whatever the primary function: the role noun names its function,
    // the modifier another ("Sales Engineer" is an engineer who sells: sales first, and engineering)
    ['Sales Engineer', ['sales', 'engineering']],
    ['Pre Sales Solutions Engineer', ['sales', 'engineering']],
    ['Technical Sales Engineer', ['sales', 'engineering']],
    ['Head of Sales Engineering', ['sales', 'engineering']],
    ['Director Channel Pre-Sales Engineering North America', ['sales', 'engineering']],
    // "engineering" alone is no role noun: an employer's name or the subject sold stays out
    ['Chief Operating Officer ST Engineering North America', ['operations']],
    ['Engineering Sales Manager', ['sales']],
    ['DevOps Engineer', ['it', 'engineering']],
    ['Senior Customer Service Engineer', ['customer_success', 'engineering']],
    ['Consulting Engineer', ['consulting', 'engineering']],
    ['Ingenieur Cybersecurite', ['it', 'engineering']],
    // one word that two rules match names both functions (DevOps is IT's match and an engineering word)
    ['DevOps Specialist', ['it', 'engineering']],
    ['General Manager, HPC, AI & Labs, APAC', ['executive']],
    // a title that lists several positions ('Title @ Company, Title @ Company') states each of them
    ['Account Manager @ Similarweb, Marketing Intern @ Enchanted Kingdom', ['sales', 'marketing']],
    ['Director @ National Institute of Education, Singapore', ['other']],
    ['Senior Sales Engineer', ['sales', 'engineering']],
    ['Business Developer', ['sales']],
    ['Production Test Technician', ['operations']],
    ['Engineering Technician', ['engineering']],
    ['PR Manager and Event Planner', ['operations']],
    ['Communications and Events Coordinator', ['operations']],
    // the README's exclusions hold for every part: an exclusive override is the whole title
    ['Sales & Marketing Recruiter', ['hr']],
    ['Salesforce Administrator and Developer', ['it']],
    ['Sales Ledger and Credit Control Clerk', ['finance']],
    ['Revenue and Reservations Manager', ['finance', 'operations']],
    ['Assistant to the VP of Sales and Marketing', ['other']],
    ['Consultant', ['consulting']],
    ['Unemployed', []],
    ['', []],
  ])('%s -> %j', (title, expected) => {
    expect(classifyJobFunctions(title)).toEqual(expected);
  });

  it('puts the primary function (classifyJobFunction) first for every title', () => {
    for (const t of ['VP Sales & Marketing', 'Finance and Sales Analyst', 'CTO & Co-Founder', 'Operations', 'n/a']) {
      expect(classifyJobFunctions(t)[0] ?? null).toBe(classifyJobFunction(t));
    }
  });
});

describe.skipIf(!hasRealData)('classifyJobFunction on the real job titles', () => {
  it('classifies every real title into the closed vocabulary and reports the distribution', () => {
    const rows = readRealCsv('people_info.csv');
    const dist = new Map<string, number>();
    for (const r of rows) {
      const fn = classifyJobFunction(col(r, 'job_title'));
      if (fn !== null) expect(JOB_FUNCTIONS).toContain(fn);
      dist.set(String(fn), (dist.get(String(fn)) ?? 0) + 1);
    }
    console.info(
      '[derive] job_function over',
      rows.length,
      'real titles:',
      Object.fromEntries([...dist].sort((a, b) => b[1] - a[1])),
    );
    expect((dist.get('sales') ?? 0) / rows.length).toBeGreaterThan(0.25);
    expect((dist.get('null') ?? 0) / rows.length).toBeLessThan(0.03);
    for (const r of rows) {
      const t = col(r, 'job_title');
      if (/salesforce/i.test(t)) expect(classifyJobFunction(t), t).not.toBe('sales');
      if (/\brecruit/i.test(t)) expect(classifyJobFunction(t), t).toBe('hr');
      if (/\baccount executive\b/i.test(t) && !/technical/i.test(t)) expect(classifyJobFunction(t), t).toBe('sales');
      if (/\bbusiness development\b/i.test(t) && !/recruit/i.test(t)) expect(classifyJobFunction(t), t).toBe('sales');
      if (/\bsales ledger\b|^revenue manager$/i.test(t)) expect(classifyJobFunction(t), t).not.toBe('sales');
      // marketing is the word marketing (or a CMO / brand manager ...); communications, PR, editors and
      // e-commerce titles without it are not marketing
      if (/\bmarketing\b/i.test(t.replace(/\s@.*$/, '')) && !/\brecruit|salesforce/i.test(t)) {
        if (!/\b(?:sales|revenue) and marketing (?:analyst|assistant|coordinator|support|operations)\b/i.test(t))
          expect(classifyJobFunctions(t), t).toContain('marketing');
      }
      if (/\bengineers?\b/i.test(t.replace(/\s@.*$/, '')) && !/\bsales\b|\brecruit|salesforce/i.test(t))
        expect(classifyJobFunctions(t), t).toContain('engineering');
      if (
        /\b(?:communications?|public relations|editor|e-?commerce)\b/i.test(t) &&
        !/\bmarketing|\bcmo\b|\bbrand\b/i.test(t)
      )
        expect(classifyJobFunctions(t), t).not.toContain('marketing');
      const all = classifyJobFunctions(t);
      expect(all[0] ?? null, t).toBe(classifyJobFunction(t));
      if (/salesforce|\brecruit/i.test(t)) expect(all, t).not.toContain('sales');
    }
  });
});

describe("a title that repeats the employer's name", () => {
  it.each([
    // the company's full name or its leading words, after a comma or glued to the end of the job
    ['Purchasing Lead, Apex Engineering', 'Apex Engineering Holdings', 'engineering'],
    ['Warehouse Supervisor Apex Engineering Holdings', 'Apex Engineering Holdings', 'engineering'],
    ['Office Coordinator - Northwind Marketing', 'Northwind Marketing Pte Ltd', 'marketing'],
    ['Payroll Officer Bluebird Sales Solutions', 'Bluebird Sales Solutions', 'sales'],
    ['Receptionist (Harbour Legal Partners)', 'Harbour Legal Partners', 'legal'],
  ])('"%s" at %s is not %s by the name', (title, employer, fn) => {
    expect(classifyJobFunctions(title)).toContain(fn);
    expect(classifyJobFunctions(title, employer)).not.toContain(fn);
  });

  it.each([
    // the job's own words stay: a name word that is also the job's, or a title that is only the name
    ['Senior Engineer, Apex Engineering', 'Apex Engineering Holdings', 'engineering'],
    ['Marketing Manager Northwind Marketing', 'Northwind Marketing', 'marketing'],
    ['Apex Engineering', 'Apex Engineering', 'engineering'],
    ['Sales Director', 'Engineering Sales Group', 'sales'],
  ])('"%s" at %s keeps %s', (title, employer, fn) => {
    expect(classifyJobFunctions(title, employer)).toContain(fn);
  });

  it('removes the name and the punctuation it stood behind', () => {
    expect(withoutEmployer('Procurement, Apex Engineering', 'Apex Engineering Holdings')).toBe('Procurement');
    expect(withoutEmployer('Head of Finance Zentrix', 'Zentrix')).toBe('Head of Finance');
    expect(withoutEmployer('Head of Finance', null)).toBe('Head of Finance');
  });
});

describe('JOB_FUNCTION_VOCABULARY / SENIORITY_VOCABULARY', () => {
  it('names every value of the closed vocabularies once', async () => {
    const { JOB_FUNCTION_VOCABULARY, SENIORITY_VOCABULARY } = await import('./lexicon/jobVocabulary');
    const { SENIORITIES } = await import('./classifySeniority');
    expect(JOB_FUNCTION_VOCABULARY).toHaveLength(JOB_FUNCTIONS.length);
    expect(new Set(JOB_FUNCTION_VOCABULARY.map((e) => e.value))).toEqual(new Set(JOB_FUNCTIONS));
    expect(SENIORITY_VOCABULARY.map((e) => e.value)).toEqual([...SENIORITIES]);
  });
});
