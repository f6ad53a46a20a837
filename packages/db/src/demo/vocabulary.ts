/**
 * Word lists of the demo data set, written for Musaeid (no row of the real data is copied). They reproduce the
 * real files' shapes: venue names without a country, mixed country spellings, employee bands and head counts,
 * revenue strings, LinkedIn industry names, and job titles that test the classifiers.
 */

/** Event themes: words for names and descriptions (their keywords drive the derived event tags). */
export const THEMES: readonly { name: string; words: readonly string[]; sentence: string }[] = [
  { name: 'Oil & Gas', words: ['Downstream', 'Refining Technology', 'Offshore Energy', 'LNG'], sentence: 'refiners, petrochemical producers and upstream oil & gas operators discuss crude supply, LNG and decarbonisation' },
  { name: 'Finance', words: ['Fintech', 'Banking', 'Wealth', 'Payments', 'Traders'], sentence: 'bankers, asset managers, payments and fintech leaders meet to discuss digital banking, investment and trading' },
  { name: 'Food & Beverage', words: ['Food', 'Beverage', 'Seafood', 'Coffee & Tea', 'Chefs'], sentence: 'food and beverage suppliers, chefs, importers and restaurant buyers sample products and sign distribution deals' },
  { name: 'Cyber Security', words: ['Cyber Security', 'InfoSec', 'Zero Trust'], sentence: 'CISOs and security teams compare threat intelligence, cloud security and identity solutions' },
  { name: 'Cloud & AI', words: ['Cloud', 'Big Data & AI', 'Data Centre', 'DevOps'], sentence: 'technology leaders explore cloud infrastructure, artificial intelligence, data platforms and software development' },
  { name: 'Aviation', words: ['Aviation', 'Airline', 'Aerospace', 'MRO'], sentence: 'airlines, airports and aerospace suppliers discuss fleet, passenger experience and aviation technology' },
  { name: 'Healthcare', words: ['Medical', 'Healthcare', 'Pharma', 'BioLogistics'], sentence: 'hospitals, pharmaceutical companies and medical device makers present healthcare innovation' },
  { name: 'Education', words: ['Education', 'University', 'EdTech', 'MBA'], sentence: 'universities, schools and education technology providers meet students, parents and educators' },
  { name: 'Logistics', words: ['Logistics', 'Supply Chain', 'Intralogistics', 'Ports'], sentence: 'shippers, freight forwarders and warehouse operators discuss supply chain and logistics automation' },
  { name: 'Built Environment', words: ['Architecture', 'Building', 'Smart Cities', 'Property'], sentence: 'architects, builders and property developers showcase construction and real estate solutions' },
  { name: 'Marketing', words: ['Digital Marketing', 'MarTech', 'eCommerce', 'Retail'], sentence: 'marketers, e-commerce and retail brands learn about advertising, customer data and growth' },
  { name: 'Beauty & Lifestyle', words: ['Beauty', 'Home & Living', 'Furniture', 'Pet'], sentence: 'consumers and trade buyers discover beauty, home, furniture and lifestyle brands' },
  { name: 'Energy Transition', words: ['Cleantech', 'Renewable Energy', 'Carbon Markets', 'Hydrogen'], sentence: 'energy companies, investors and policy makers discuss renewable energy, carbon and climate technology' },
  { name: 'Maritime', words: ['Maritime', 'Shipping', 'Subsea Networks'], sentence: 'ship owners, port operators and subsea cable companies discuss maritime trade and connectivity' },
  { name: 'Travel & Hospitality', words: ['Travel', 'Hotel Investment', 'Meetings & Events', 'Tourism'], sentence: 'hotel owners, travel agencies and event planners meet buyers from across the region' },
];

export const EVENT_FORMATS = ['Summit', 'Expo', 'Conference', 'Show', 'Forum', 'Festival', 'World', 'Week', 'Congress', 'Fair'] as const;
export const REGIONS = ['Asia', 'Asia Pacific', 'APAC', 'Southeast Asia', 'Singapore', 'Asia', 'Global', 'Middle East'] as const;

/** Venues in Singapore: the real file names them without a country. */
export const SINGAPORE_VENUES = [
  'Marina Bay Sands', 'Marina Bay Sands Expo & Convention Centre', 'Sands Expo & Convention Centre', 'Sands Expo and Convention Centre, Singapore',
  'Singapore EXPO', 'Singapore Expo Hall 5', 'Suntec Singapore', 'Suntec Singapore Convention & Exhibition Centre', 'Suntec Convention Centre',
  'Raffles City Convention Centre', 'Resorts World Sentosa', 'Shangri-La Singapore', 'Marina Bay Sands Singapore, Level 4', 'Singapore',
] as const;

/** Venues abroad with the country spelling the event file would carry (sometimes none). */
export const FOREIGN_VENUES: readonly { venue: string; country: readonly string[] }[] = [
  { venue: 'Dubai World Trade Centre', country: ['United Arab Emirates', 'UAE', ''] },
  { venue: 'Dubai', country: ['United Arab Emirates'] },
  { venue: 'Javits Center, New York', country: ['USA', 'United States', ''] },
  { venue: 'Hilton Baltimore', country: ['Maryland, USA'] },
  { venue: 'ExCeL London', country: ['UK', 'United Kingdom', ''] },
  { venue: 'Messe München', country: ['Germany', ''] },
  { venue: 'Tokyo Big Sight', country: ['Japan'] },
  { venue: 'Kuala Lumpur Convention Centre', country: ['Malaysia', ''] },
  { venue: 'Sydney ICC', country: ['Australia'] },
  { venue: 'Niagara Falls, Canada', country: [''] },
  { venue: 'Bangkok International Trade & Exhibition Centre', country: ['Thailand', ''] },
];

export const NAME_SYLLABLES_A = ['Vel', 'Nor', 'Kai', 'Aster', 'Brio', 'Cor', 'Dyna', 'Evo', 'Fen', 'Gala', 'Helio', 'Ion', 'Juno', 'Kest', 'Lumo', 'Meri', 'Nexa', 'Orbi', 'Pax', 'Quill', 'Rhea', 'Sol', 'Tera', 'Umbra', 'Vista', 'Wren', 'Xylo', 'Yara', 'Zeph'] as const;
export const NAME_SYLLABLES_B = ['trix', 'land', 'mana', 'ion', 'wave', 'gen', 'core', 'path', 'ly', 'nova', 'grid', 'stone', 'field', 'bridge', 'works', 'sphere', 'logic', 'ridge'] as const;
export const COMPANY_SUFFIXES = ['', '', '', ' Systems', ' Technologies', ' Capital', ' Pte Ltd', ' Group', ' Foods', ' Labs', ' Logistics', ' Inc.', ' GmbH', ' Consulting', ' Partners', ', LLC', ' Holdings', ' Energy', ' Health', ' Aviation'] as const;
export const TLDS = ['com', 'com', 'com', 'io', 'com.sg', 'co.uk', 'de', 'ai', 'net', 'org', 'sg', 'co'] as const;

/** LinkedIn-style industries; some hold a comma followed by ONE space inside the name. */
export const INDUSTRIES = [
  'Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Banking', 'Investment Management',
  'Airlines and Aviation', 'Aviation and Aerospace Component Manufacturing', 'Telecommunications', 'Oil and Gas',
  'Food and Beverage Services', 'Food and Beverage Manufacturing', 'Restaurants', 'Hospitality', 'Pharmaceutical Manufacturing',
  'Hospitals and Health Care', 'Medical Equipment Manufacturing', 'Higher Education', 'Education Administration Programs',
  'Truck Transportation', 'Transportation, Logistics, Supply Chain and Storage', 'Real Estate', 'Architecture and Planning',
  'Construction', 'Marketing Services', 'Advertising Services', 'Retail', 'Computer and Network Security',
  'Renewable Energy Semiconductor Manufacturing', 'Environmental Services', 'Maritime Transportation', 'Travel Arrangements',
  'Events Services', 'Government Administration', 'Think Tanks', 'Non-profit Organizations', 'Biotechnology Research',
  'Wellness and Fitness Services', 'Personal Care Product Manufacturing', 'Furniture and Home Furnishings Manufacturing',
  'Research Services', 'Business Consulting and Services', 'Capital Markets', 'Insurance',
] as const;

export const OVERVIEW_OPENERS = [
  'We help', 'Founded to serve', 'A trusted partner for', 'Our mission is to empower', 'Since our founding we have supported',
] as const;
export const OVERVIEW_OBJECTS = [
  'airlines and airports', 'banks and insurers', 'restaurants and hotels', 'manufacturers across Asia', 'hospitals and clinics',
  'retailers and brands', 'governments and cities', 'energy producers', 'students and universities', 'logistics providers',
] as const;

export const RELATION_WEIGHTS = [
  ['sponsor', 56], ['partner', 26], ['speaker', 9], ['expert', 3], ['exhibitor', 2.5], ['associate', 2], ['attendee', 1], ['organizer', 0.6],
] as const;

export const EMPLOYEE_VALUES = [
  ['', 14], ['11-50', 9], ['51-200', 9], ['10,001+', 7], ['2-10', 6], ['1,001-5,000 employees', 5], ['201-500', 5],
  ['501-1,000', 4], ['5,001-10,000 employees', 3], ['0-1', 1], ['HEADCOUNT', 6],
] as const;

export const EMAIL_PATTERNS = [
  ['', 43], ['[first].[last]', 31], ['[first_initial][last]', 12], ['[first]', 7], ['[first][last]', 2], ['[first]_[last]', 2],
  ['[first_initial].[last]', 1], ['[first][last_initial]', 1], ['[last]', 1],
] as const;

export const FIRST_NAMES = [
  'Aiden', 'Amelia', 'Arjun', 'Aisha', 'Benjamin', 'Bao', 'Camille', 'Chen', 'Chloé', 'Daniel', 'Deepa', 'Diego', 'Elena',
  'Emeka', 'Fatima', 'Felix', 'Grace', 'Hana', 'Hiroshi', 'Isabel', 'Ivan', 'Jia Hui', 'James', 'Jonas', 'José', 'Kavya',
  'Kenji', 'Laila', 'Liam', 'Lucía', 'Mei Ling', 'Mateo', 'Maya', 'Mohammed', 'Nadia', 'Nikhil', 'Noor', 'Olivia', 'Omar',
  'Priya', 'Rafael', 'Rahul', 'Sakura', 'Sarah', 'Siti', 'Søren', 'Thomas', 'Tariq', 'Valentina', 'Wei Jie', 'Xin Yi',
  'Yusuf', 'Zoë', 'Łukasz', 'Ngozi', 'Anders', 'Brigitte', 'Connor', 'Divya', 'Farhan', 'Gabriel', 'Hyun', 'Ines',
] as const;

export const LAST_NAMES = [
  'Tan', 'Lim', 'Ng', 'Wong', 'Lee', 'Chua', 'Goh', 'Koh', 'Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', 'Martínez',
  'Müller', 'Schmidt', 'Rossi', 'Dubois', 'Nakamura', 'Sato', 'Kim', 'Park', 'Nguyen', 'Tran', 'Sharma', 'Patel', 'Iyer',
  'Reddy', 'Rahman', 'Hassan', 'Al Mansoori', 'Okafor', 'Mensah', 'O\'Brien', 'Van der Berg', 'Johansson', 'Nielsen',
  'Kowalski', 'Novak', 'Silva', 'Pereira', 'Fernández', 'Hughes', 'Campbell', 'Fischer', 'Haddad', 'Yilmaz', 'Çelik',
  'Bhattacharya', 'Ramírez', 'Andersson', 'Ho', 'Teo', 'Yeo', 'Sim', 'Abdullah', 'Singh', 'Kaur', 'Das', 'Moreau',
] as const;

/** Titles by the function a reader would give them; the `not sales` group holds the classic false friends. */
export const JOB_TITLES: readonly (readonly [readonly string[], number])[] = [
  [['Account Executive', 'Strategic Account Executive', 'Enterprise Account Executive', 'Account Manager', 'Key Account Manager',
    'Business Development Manager', 'Business Development Director', 'Regional Sales Manager', 'Sales Director, APAC',
    'Sales Manager', 'Inside Sales Representative', 'Sales Development Representative', 'BDR', 'Presales Consultant',
    'Chief Revenue Officer', 'Head of Revenue', 'VP of Sales', 'Channel Sales Lead', 'Senior Account Director'], 22],
  [['Salesforce Administrator', 'Salesforce Developer', 'Sales Ledger Clerk', 'Revenue Manager', 'Technical Recruiter'], 3],
  [['Marketing Manager', 'Digital Marketing Executive', 'Chief Marketing Officer', 'Brand Manager', 'Head of Growth Marketing',
    'Content Marketing Specialist', 'Marketing Director', 'Product Marketing Manager', 'Public Relations Manager', 'SEO Specialist'], 12],
  [['HR Business Partner', 'Talent Acquisition Lead', 'Recruiter', 'Human Resources Manager', 'Chief People Officer',
    'HR Director', 'People Operations Specialist', 'Recruitment Consultant'], 6],
  [['CEO', 'Founder & CEO', 'Chief Executive Officer', 'Managing Director', 'General Manager', 'President', 'Co-Founder',
    'Chief Operating Officer', 'Country Manager'], 8],
  [['Software Engineer', 'Senior Software Engineer', 'Data Scientist', 'DevOps Engineer', 'Field Application Engineer',
    'Engineering Manager', 'Chief Technology Officer', 'Mechanical Engineer', 'Solutions Architect'], 12],
  [['IT Manager', 'Systems Administrator', 'IT Support Specialist', 'Network Engineer', 'Chief Information Officer'], 5],
  [['Finance Manager', 'Chief Financial Officer', 'Accountant', 'Financial Analyst', 'Controller', 'Treasury Analyst'], 7],
  [['Operations Manager', 'Office Manager', 'Logistics Coordinator', 'Procurement Specialist', 'Supply Chain Manager', 'Assistant Manager'], 9],
  [['Legal Counsel', 'General Counsel', 'Compliance Officer', 'Paralegal'], 2],
  [['Product Manager', 'Senior Product Owner', 'Head of Product', 'UX Designer'], 4],
  [['Customer Success Manager', 'Client Services Director', 'Customer Support Specialist'], 3],
  [['Management Consultant', 'Senior Consultant', 'Principal Consultant'], 3],
  [['Professor', 'Lecturer', 'Teacher', 'Research Fellow', 'Dean'], 3],
  [['Intern', 'Executive Assistant', 'Chef de Cuisine', 'Pilot', 'Nurse', 'Architect'], 4],
];

/** People locations: the city, state and every spelling of the country the people file mixes. */
export const PERSON_PLACES: readonly (readonly [{ cities: readonly string[]; states: readonly string[]; country: readonly string[] }, number])[] = [
  [{ cities: ['New York', 'San Francisco', 'Austin', 'Seattle', 'Chicago', 'Boston'], states: ['NY', 'CA', 'TX', 'WA', 'IL', 'MA', 'California', 'New York', ''], country: ['US', 'US', 'United States', 'USA', 'United States of America'] }, 30],
  [{ cities: ['Singapore', 'Singapore', ''], states: [''], country: ['Singapore', 'Singapore', 'SG'] }, 25],
  [{ cities: ['London', 'Manchester', 'Edinburgh'], states: ['', 'England', 'Scotland'], country: ['GB', 'United Kingdom', 'UK'] }, 8],
  [{ cities: ['Bengaluru', 'Mumbai', 'Chennai', 'New Delhi'], states: ['Karnataka', 'Maharashtra', ''], country: ['IN', 'India'] }, 7],
  [{ cities: ['Sydney', 'Melbourne'], states: ['NSW', 'VIC', 'New South Wales'], country: ['AU', 'Australia'] }, 5],
  [{ cities: ['Toronto', 'Vancouver'], states: ['ON', 'BC', 'Ontario'], country: ['CA', 'Canada'] }, 4],
  [{ cities: ['Berlin', 'Munich', 'Hamburg'], states: ['', 'Bavaria'], country: ['DE', 'Germany'] }, 4],
  [{ cities: ['Paris', 'Lyon'], states: [''], country: ['FR', 'France'] }, 3],
  [{ cities: ['Dubai', 'Abu Dhabi'], states: [''], country: ['AE', 'United Arab Emirates'] }, 3],
  [{ cities: ['Kuala Lumpur'], states: ['', 'Selangor'], country: ['MY', 'Malaysia'] }, 2],
  [{ cities: ['Tokyo', 'Osaka'], states: [''], country: ['JP', 'Japan'] }, 2],
  [{ cities: ['', 'Remote'], states: [''], country: ['', 'Greater Bay Area', 'EMEA', 'null'] }, 7],
];

/** Address templates per ISO code; {n} house number, {street}, {zip}. */
export const ADDRESSES: readonly { code: string; city: string; state: string; zip: () => string }[] = [
  { code: 'US', city: 'Mountain View', state: 'California', zip: () => '94043' },
  { code: 'US', city: 'Austin', state: 'Texas', zip: () => '78701' },
  { code: 'US', city: 'New York', state: 'New York', zip: () => '10001' },
  { code: 'SG', city: 'Singapore', state: '', zip: () => '018956' },
  { code: 'GB', city: 'London', state: 'England', zip: () => 'EC2V 8AU' },
  { code: 'DE', city: 'Munich', state: 'Bavaria', zip: () => '80331' },
  { code: 'IN', city: 'Bengaluru', state: 'Karnataka', zip: () => '560001' },
  { code: 'AU', city: 'Sydney', state: 'New South Wales', zip: () => '2000' },
  { code: 'AE', city: 'Dubai', state: 'Dubai', zip: () => '' },
  { code: 'JP', city: 'Tokyo', state: 'Tokyo', zip: () => '100-0005' },
];
export const STREETS = ['Harbour Road', 'Market Street', 'Innovation Drive', 'Raffles Place', 'King Street', 'Parkway', 'Station Road', 'Tech Park Avenue'] as const;
