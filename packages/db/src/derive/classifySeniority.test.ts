import { describe, expect, it } from 'vitest';
import { classifySeniority, SENIORITIES } from './classifySeniority';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('classifySeniority', () => {
  it.each([
    ['CEO', 'c_level'],
    ['Founder & CEO', 'c_level'],
    ['Chief Executive Officer', 'c_level'],
    ['Chief Technology & Product Officer (CTO, CPO)', 'c_level'],
    ['CFO', 'c_level'],
    ['Chief Revenue Officer', 'c_level'],
    ['President and CEO', 'c_level'],
    ['CTO, Co-Founder', 'c_level'],
    // founders, owners, presidents, chairs are general management (job_function executive) but not C-level by themselves
    ['Co-Founder', null],
    ['Owner', null],
    ['President', null],
    ['Chairman of the Board', null],
    ['Founder & Managing Director', 'director'],
    ['Vice President', 'vp'],
    ['Senior Vice President, Sales', 'vp'],
    ['SVP Engineering', 'vp'],
    ['EVP', 'vp'],
    ['Assistant Vice President', 'vp'],
    ['VP of Sales', 'vp'],
    // several positions in one title ('Title @ Company, Title @ Company'): the highest level any of them states
    ['Contract Analyst @ UTC Aerospace Systems, Contract Manager @ Collins Aerospace', 'manager'],
    ['Director @ National Institute of Education, Singapore', 'director'],
    ['Vice-President Marketing', 'vp'],
    ['Director', 'director'],
    ['Sales Director', 'director'],
    ['Managing Director', 'director'],
    ['Executive Director', 'director'],
    ['Senior Director', 'director'],
    ['Associate Director, Business Development', 'director'],
    ['Directeur Commercial', 'director'],
    ['Head of Sales', 'head'],
    ['Channel Sales Head', 'head'],
    ['Vertriebsleiter', 'head'],
    ['Sales Manager', 'manager'],
    ['Projektmanager', 'manager'],
    ['Team Leader', 'manager'],
    ['Supervisor', 'manager'],
    ['Marketing Lead', 'manager'],
    ['Senior Account Executive', 'senior'],
    ['Sr. Sales Engineer', 'senior'],
    ['Principal Engineer', 'senior'],
    ['Lead Software Engineer', 'senior'],
    ['Sales Intern', 'entry'],
    ['Junior Software Engineer', 'entry'],
    ['Management Trainee', 'entry'],
    ['Administrative Assistant', 'entry'],
    ['Sales Associate', 'entry'],
    ['Executive Assistant to the CEO', 'entry'],
    ['Advisor to the CTO', null],
    // the executive named is the client, not the level
    ['CXO Advisor', null],
    ['CEO Coach', null],
    ['Senior CFO Advisor', 'senior'],
    ['CEO & Founder', 'c_level'],
    // boundaries of the conventions' levels (issue 12): the word director, whatever qualifies it
    ['Associate Director', 'director'],
    ['Non-executive Director', 'director'],
    ['Director of Sales', 'director'],
    // a chief of staff is no chief officer, nor is the executive whose office or staff it is the person's level
    ['Chief of Staff', null],
    ['Chief of Staff to the CEO', null],
    ['Chief of Staff, Office of the CEO', null],
    ['Director, Office of the CFO', 'director'],
    // a board's vice chair is no vice president (the conventions' VP is the words vice president, VP, SVP, EVP)
    ['Vice Chair', null],
    ['Vice Chairman', null],
    ['EVP, Operations', 'vp'],
    ['SVP/GM', 'vp'],
    // one level per person, the highest the title states: counted once by seniority
    ['VP and Director', 'vp'],
    ['CEO & Managing Director', 'c_level'],
    ['Co-founder & CEO', 'c_level'],
    ['Head of Marketing', 'head'],
    ['Vice President and Head of Sales', 'vp'],
    ['Account Executive', null],
    ['Software Engineer', null],
    ['Global Process Owner', null],
    ["Manager, President's Office", 'manager'],
    ['Geschäftsführer', 'director'],
    ['', null],
    [null, null],
  ])('%j -> %s', (title, level) => {
    expect(classifySeniority(title)).toBe(level);
  });
});

warnIfNoRealData('classifySeniority');
describe.skipIf(!hasRealData)('classifySeniority on the real job titles', () => {
  it('follows the README rules on every real title', () => {
    const rows = readRealCsv('people_info.csv');
    const dist = new Map<string, number>();
    for (const r of rows) {
      const t = col(r, 'job_title');
      const s = classifySeniority(t);
      if (s !== null) expect(SENIORITIES).toContain(s);
      dist.set(String(s), (dist.get(String(s)) ?? 0) + 1);
      const core = t.replace(/\s@.*$/, '').replace(/\b(?:assistant|secretary|advis[oe]r)\s+to\b.*$/i, '');
      if (/\b(?:CEO|Chief Executive Officer)\b/.test(core) && !/\b(?:assistant|advis[oe]r)\b/i.test(core))
        expect(s, t).toBe('c_level');
      if (/\bvice[- ]president\b/i.test(core) && !/\bchief\b.*\bofficer\b|\bCEO\b/i.test(core)) expect(s, t).toBe('vp');
      if (
        /\bdirector\b/i.test(core) &&
        !/\b(?:vice[- ]president|vp|svp|evp|chief|ceo|cfo|coo|cto|founder|owner|president|chair\w*)\b/i.test(core)
      )
        expect(s, t).toBe('director');
    }
    console.info(
      '[derive] seniority over',
      rows.length,
      'real titles:',
      Object.fromEntries([...dist].sort((a, b) => b[1] - a[1])),
    );
  });
});
