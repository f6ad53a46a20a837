/**
 * Job-function rules, as data. classifyJobFunction tries the rules IN ORDER and the first rule with a
 * matching pattern wins, so the order below is the priority for titles that name several functions:
 *
 *   1. overrides - phrases whose words would mislead a later rule: recruiters are HR ('Sales Recruiter');
 *      Salesforce administrators/developers are IT; sales ledger, sales finance, hotel-style revenue
 *      management and the chief RISK officer (CRO) are finance; product marketing is marketing; assistants
 *      and advisors TO an executive are other; sales operations / enablement / support / coordinators /
 *      assistants are operations (they support selling without owning a number); technical / support
 *      account managers and customer success are customer_success;
 *   2. sales: sales (incl. sales engineers, presales, inside/tele sales), account executives / managers /
 *      directors, key accounts, business development, BDR/SDR/BDM, chief revenue officer, head/director of
 *      revenue. Sales comes before every other function, so 'VP Sales & Marketing', 'Head of Sales and
 *      Operations' and 'Founder & Chief Sales Officer' are sales;
 *   2b. functional C-suite: CTO -> engineering, CIO/CISO/CDO -> it, COO -> operations, CFO -> finance,
 *      CMO -> marketing ('CTO - Financial Services' is engineering);
 *   3. marketing, hr, customer_success, product, finance, legal (a functional word beats general management);
 *      marketing is what the eval conventions call marketing: the word marketing in any form (growth / digital /
 *      product / content / field marketing, marketer, marcom), the CMO, and the disciplines that are marketing
 *      by definition (brand management, demand generation, SEO/SEM, advertising, media buying). Titles that
 *      are only NEXT to marketing do not count as marketing: communications, PR / media relations, content,
 *      editors and writers, social media, community managers, campaign managers, e-commerce, bare 'growth',
 *      creative / graphic design and brand ambassadors fall through to the later rules (mostly 'other');
 *      the word 'marketing' (or SEO, demand generation) anywhere in a title adds marketing to its functions
 *      ('Director Of Sales Marketing', 'SEO Account Manager': sales and marketing);
 *   likewise the word engineer / developer (not business developer) / DevOps adds engineering whatever the
 *      primary function ('Cybersecurity Engineer': it and engineering; 'Sales Engineer': sales and engineering);
 *   4. executive: CEO, founder, owner, president, chair, managing director/partner, general/country
 *      manager, other chief officers;
 *   5. consulting, education, it, engineering, operations (in that order: 'IT Consultant' is consulting);
 *      technicians and machinists are operations ('Production Test Technician', 'R&D/Prototype Machinist': a trades
 *      rule before engineering), not engineering, unless the title says engineer(ing);
 *   6. other: any remaining real title (administration, analysts without a domain, bare 'Vice President').
 *
 * A title that joins several roles ('VP Sales & Marketing', 'Head of HR and Finance') has every function it
 * states (classifyJobFunctions): the rules above give its primary function, then each coordinated part
 * is classified by the same rules, unless an `exclusive` rule matched or the part lies inside the
 * primary rule's own match ('Sales and Marketing Coordinator' is operations only).
 *
 * Deliberately NOT sales (they are "ambiguous" under the eval conventions): solutions engineers /
 * consultants / architects, channel or partner managers without a sales word, partnerships, commercial
 * managers, territory managers without 'sales'.
 *
 * Patterns are JavaScript RegExp sources, matched case-insensitively against the title with accents
 * folded and any '@ Company' suffix removed; all patterns of a rule are joined into one alternation.
 * Use \b for word boundaries; a pattern without \b also matches inside compound words (German
 * 'Vertriebsleiter'). `acronyms` match case-sensitively as whole words.
 */
export type JobFunction =
  | 'sales'
  | 'marketing'
  | 'hr'
  | 'engineering'
  | 'it'
  | 'finance'
  | 'operations'
  | 'executive'
  | 'legal'
  | 'product'
  | 'customer_success'
  | 'consulting'
  | 'education'
  | 'other';

export const JOB_FUNCTIONS: readonly JobFunction[] = [
  'sales',
  'marketing',
  'hr',
  'engineering',
  'it',
  'finance',
  'operations',
  'executive',
  'legal',
  'product',
  'customer_success',
  'consulting',
  'education',
  'other',
];

export interface JobFunctionRule {
  readonly fn: JobFunction;
  /** Why the rule exists (shown in docs and test failures). */
  readonly note: string;
  readonly patterns: readonly string[];
  /** Upper-case acronyms matched case-sensitively as whole words ('IT' but not 'it', 'PR' but not 'pr'). */
  readonly acronyms?: readonly string[];
  /**
   * The whole title is this function and no other, whatever else it names ('Sales & Marketing Recruiter' is
   * HR only): see classifyJobFunctions, which otherwise gives a title every function it states.
   */
  readonly exclusive?: boolean;
  /**
   * Words that NAME this function outright (marketing; SEO and demand generation, which are marketing by
   * definition; engineer, developer): a title holding one outside its primary rule's match has this function too, even without a
   * conjunction ('Director Of Sales Marketing', 'SEO Account Manager' are sales and marketing). See
   * classifyJobFunctions.
   */
  readonly namedBy?: readonly string[];
}

export const JOB_FUNCTION_RULES: readonly JobFunctionRule[] = [
  // ---- 1. overrides -------------------------------------------------------------------------
  {
    fn: 'hr',
    note: 'recruiters are HR even when they recruit sales people',
    exclusive: true,
    patterns: [
      String.raw`\brecruit(?:er|ers|ing|ment)?\b`,
      String.raw`\btalent acquisition\b`,
      String.raw`\bhead ?hunter\b`,
      String.raw`\bexecutive search\b`,
    ],
  },
  {
    fn: 'it',
    note: 'Salesforce (the CRM) administrators, developers, architects, analysts are IT, not sales',
    exclusive: true,
    patterns: [
      String.raw`\bsales ?force\b.*\b(?:admin\w*|develop\w*|architect\w*|engineer\w*|consultant|analyst|technical|crm|platform|cpq|specialist)\b`,
      String.raw`\b(?:admin\w*|develop\w*|architect\w*|engineer\w*|consultant|analyst|technical|crm)\b.*\bsales ?force\b`,
    ],
  },
  {
    fn: 'finance',
    note: 'sales ledger / sales tax / sales accounting are finance; hotel-style revenue management and revenue accounting are finance, not sales',
    patterns: [
      String.raw`\bsales (?:ledger|tax|audit|accounting|accountant|invoic\w*|order processing)\b`,
      String.raw`\brevenue (?:manager|management|optimi[sz]ation|analyst|analysis|analytics|controller|accountant|accounting|assurance|protection|cycle|integrity|recognition|audit)\b`,
      String.raw`\b(?:assistant|group|cluster|area|global|regional|senior) revenue manager\b`,
      String.raw`\brevenue\b.*\breservations?\b`,
    ],
  },
  {
    fn: 'marketing',
    note: 'product marketing and marketing operations are marketing, not product / operations',
    patterns: [String.raw`\bproduct marketing\b`, String.raw`\bmarketing operations\b`],
  },
  {
    fn: 'other',
    note: 'assistants and advisors TO an executive are support staff, not executives',
    exclusive: true,
    patterns: [String.raw`\b(?:assistant|secretary|advis[oe]r|ea|pa)\s+to\b`],
  },
  {
    fn: 'operations',
    note: 'sales operations / enablement / support / administration roles support the sales team but do not sell',
    patterns: [
      String.raw`\b(?:sales|revenue)(?: and (?:marketing|business|finance))? (?:operations?|ops|enablement|support|coordinator|co[- ]?ordinator|coordination|assistant|administrat\w*|admin|order\w*|planning|reporting|analyst|analytics|analysis)\b`,
      String.raw`\b(?:assistant|administrator|coordinator|analyst) sales$`,
      String.raw`\bsales ops\b`,
      String.raw`\brev ?ops\b`,
    ],
  },
  {
    fn: 'customer_success',
    note: 'technical / support account managers look after existing customers (post-sale), they are not sales',
    patterns: [
      String.raw`\btechnical (?:support )?account (?:manager|executive|director)\b`,
      String.raw`\bsupport account manager\b`,
      String.raw`\bcustomer success\b`,
    ],
  },
  {
    fn: 'finance',
    note: 'chief risk officer (also abbreviated CRO) is finance, not the chief revenue officer; sales finance is finance',
    patterns: [
      String.raw`\bchief risk officer\b`,
      String.raw`\b(?:sales|revenue) finance\b`,
      String.raw`^finance (?:manager|director|analyst|controller|lead|partner)\b`,
    ],
  },
  // ---- 2. sales --------------------------------------------------------------------------------
  {
    fn: 'sales',
    note: 'sales (incl. sales engineers), account executives/managers/directors, key accounts, business development, presales, BDR/SDR, CRO / head of revenue',
    patterns: [
      String.raw`\bsales\b`,
      String.raw`\b(?:tele|pre|post|inside)-?\s?sales\b`,
      String.raw`\bsales(?:man|men|woman|women|person|people|rep)\b`,
      String.raw`\bselling\b`,
      String.raw`\baccount (?:executive|manager|director|management|lead|leader|representative|rep|development)\b`,
      String.raw`\baccounts (?:executive|manager|director)\b`,
      String.raw`\bkey[- ]accounts?\b`,
      String.raw`\bbusiness develop(?:ment|ement|er|ers|ing)\b`,
      String.raw`\bbiz ?dev\b`,
      String.raw`\bnew business\b`,
      String.raw`\b(?:bdm|bde|bdr|sdr|bdd|kam)s?\b`,
      String.raw`\bchief (?:revenue|sales|business development) officer\b`,
      String.raw`\b(?:head|director) of (?:revenue|sales)\b(?! (?:management|operations|optimi[sz]ation|analytics))`,
      String.raw`vertrieb`,
      String.raw`verkauf`,
      String.raw`\bventes?\b`,
      String.raw`\bventas?\b`,
      String.raw`\bvendas?\b`,
      String.raw`\bvendite\b`,
      String.raw`gesch[äa]ftsentwicklung`,
      String.raw`영업`,
    ],
    acronyms: ['BD', 'AE', 'KAM', 'KAE', 'CRO'],
  },
  // ---- 2b. functional C-suite: a chief officer of a function belongs to it, whatever else the title says
  {
    fn: 'engineering',
    note: 'chief technology / technical / science officers lead engineering',
    patterns: [
      String.raw`\bchief (?:technology|technical|science|scientific|engineering) officer\b`,
      String.raw`\bchief scientist\b`,
    ],
    acronyms: ['CTO'],
  },
  {
    fn: 'it',
    note: 'chief information / information security / digital / data officers lead IT',
    patterns: [String.raw`\bchief (?:information|information security|digital|data|security) officer\b`],
    acronyms: ['CIO', 'CISO', 'CDO'],
  },
  {
    fn: 'operations',
    note: 'the chief operating officer leads operations',
    patterns: [String.raw`\bchief operat(?:ing|ions) officer\b`],
    acronyms: ['COO'],
  },
  {
    fn: 'finance',
    note: 'the chief financial officer leads finance',
    patterns: [String.raw`\bchief financ\w* officer\b`],
    acronyms: ['CFO'],
  },
  {
    fn: 'marketing',
    note: 'the chief marketing officer leads marketing',
    patterns: [String.raw`\bchief marketing officer\b`],
    acronyms: ['CMO'],
  },
  // ---- 3. functions ---------------------------------------------------------------------------
  {
    fn: 'marketing',
    note: 'the word marketing (growth / digital / product / content / field marketing ...), marketer, marcom, CMO, and the disciplines that are marketing by definition: brand management, demand generation, SEO/SEM, advertising, media buying. NOT communications, PR, content, editors, social media, community, campaign, e-commerce, growth or brand-ambassador titles without the word marketing',
    patterns: [
      String.raw`\bmarketing\w*`,
      String.raw`\bmarket(?:er|eer)s?\b`,
      String.raw`\bcmo\b`,
      String.raw`\bmarcom\w*`,
      String.raw`\bbrand (?:manager|management|director|lead|leader|strategy|strategist|executive|specialist|building)\b`,
      String.raw`\bhead of brand\b`,
      String.raw`\bdemand gen\w*`,
      String.raw`\bseo\b`,
      String.raw`\badvertising\b`,
      String.raw`\bmedia buy(?:er|ing)\b`,
    ],
    acronyms: ['SEM'],
    namedBy: [String.raw`\bmarketing\b`, String.raw`\bseo\b`, String.raw`\bdemand gen\w*`],
  },

  {
    fn: 'hr',
    note: 'human resources, HR, HRBP, people operations/partner/culture, CHRO, payroll, personnel (kept to the HR words of the eval conventions: HR, human resources, talent acquisition, recruiters, people ops/partner, chief people officer). Next to HR but not HR: "talent" alone (talent strategies, talent & culture), "human capital", "people experience", "benefits", customer "onboarding", and learning & development / people development, which are training (education): the question writers leave all of them out',
    patterns: [
      String.raw`\bhuman resources?\b`,
      String.raw`\bhr\b`,
      String.raw`\bhrbp\b`,
      String.raw`\bhrd\b`,
      String.raw`\bhris\b`,
      String.raw`\bchro\b`,
      String.raw`\bchief (?:people|human resources?|talent|culture) officer\b`,
      String.raw`\bpeople (?:operations|ops|partner|and culture|& culture)\b`,
      String.raw`\bpayroll\b`,
      String.raw`\bpaie\b`,
      String.raw`\bpersonnel\b`,
      String.raw`\bressources humaines\b`,
      String.raw`\brecursos humanos\b`,
      String.raw`\brrhh\b`,
      String.raw`personalreferent`,
      String.raw`personalleiter`,
    ],
  },
  {
    fn: 'customer_success',
    note: 'customer success / service / support / care / experience, client services, technical account managers',
    patterns: [
      String.raw`\bcustomer (?:success|service|services|servicing|support|care|experience|relations|operations|engagement|onboarding|advocate)\b`,
      String.raw`\bclient (?:success|service|services|servicing|support|care|experience|relations)\b`,
      String.raw`\bpartner success\b`,
      String.raw`\btechnical account\b`,
      String.raw`\bcsm\b`,
      String.raw`\bcall cent(?:er|re)\b`,
      String.raw`\bcontact cent(?:er|re)\b`,
      String.raw`\bservice desk\b`,
      String.raw`\bsupport (?:specialist|representative|agent|manager|lead)\b`,
    ],
    acronyms: ['CX'],
  },
  {
    fn: 'product',
    note: 'product management / ownership, CPO, UX/UI design',
    patterns: [
      String.raw`\bproduct (?:manager|management|owner|lead|director|head|specialist|strategy|development|marketing)\b`,
      String.raw`\bhead of products?\b`,
      String.raw`\b(?:vp|vice president|director)\b.*\bproducts?\b`,
      String.raw`\bchief product officer\b`,
      String.raw`\bcpo\b`,
      String.raw`\bproducts?\b`,
      String.raw`\buser experience\b`,
      String.raw`\bproduct designer\b`,
    ],
    acronyms: ['UX', 'UI', 'UX/UI', 'UI/UX'],
  },
  {
    fn: 'finance',
    note: 'finance, accounting, controlling, treasury, audit, tax, investment, risk, CFO',
    patterns: [
      String.raw`\bfinanc\w*`,
      String.raw`\baccount(?:ant|ants|ing|ancy)\b`,
      String.raw`\baccounts (?:payable|receivable)\b`,
      String.raw`\b(?:financial|finance|business|group|regional|fp&a|revenue|cost|plant|divisional) controller\b`,
      String.raw`^(?:senior |assistant |deputy )?controller\b`,
      String.raw`\bcontrolling\b`,
      String.raw`\bcomptroller\b`,
      String.raw`\btreasur\w*`,
      String.raw`\baudit\w*`,
      String.raw`\btax\w*`,
      String.raw`\bcfo\b`,
      String.raw`\bfp&a\b`,
      String.raw`\bbookkeep\w*`,
      String.raw`\bbilling\b`,
      String.raw`\bcredit\b`,
      String.raw`\bcollections?\b`,
      String.raw`\binvest(?:ment|ments|or|ors|ing)\b`,
      String.raw`\binvestor relations\b`,
      String.raw`\bactuar\w*`,
      String.raw`\bunderwrit\w*`,
      String.raw`\btrader\b`,
      String.raw`\btrading\b`,
      String.raw`\bportfolio\b`,
      String.raw`\bfunds?\b`,
      String.raw`\bwealth\b`,
      String.raw`\bbank(?:er|ing)\b`,
      String.raw`\bequity\b`,
      String.raw`\bm&a\b`,
      String.raw`\bmergers\b`,
      String.raw`^(?!.*\b(?:cyber|information security|security)\b).*\brisk\b`,
      String.raw`\bpricing\b`,
      String.raw`\beconomist\b`,
      String.raw`\binternal control\w*`,
      String.raw`\bclaims?\b`,
      String.raw`\basset management\b`,
      String.raw`\bcomptabl\w*`,
      String.raw`\bbuchhalt\w*`,
    ],
  },
  {
    fn: 'legal',
    note: 'legal, counsel, lawyers, compliance, regulatory, contracts, privacy',
    patterns: [
      String.raw`\blegal\b`,
      String.raw`\bcounsel\b`,
      String.raw`\blawyer\b`,
      String.raw`\battorney\b`,
      String.raw`\bsolicitor\b`,
      String.raw`\bbarrister\b`,
      String.raw`\bparalegal\b`,
      String.raw`\bcompliance\b`,
      String.raw`\bregulatory\b`,
      String.raw`\bcontracts?\b`,
      String.raw`\bprivacy\b`,
      String.raw`\bclo\b`,
      String.raw`\bjurist\w*`,
      String.raw`\bjuridique\b`,
      String.raw`\bnotary\b`,
      String.raw`\blitigation\b`,
      String.raw`\bintellectual property\b`,
    ],
  },
  // ---- 4. general management -------------------------------------------------------------------
  {
    fn: 'executive',
    note: 'general management: CEO, chief executive, founder, owner, president, chair, managing director/partner, general/country manager',
    patterns: [
      String.raw`\bceo\b`,
      String.raw`\bchief executive\b`,
      String.raw`\bco-?\s?founder\b`,
      String.raw`\bfounder\b`,
      String.raw`\bfounding partner\b`,
      String.raw`(?<!(?:process|product|budget|service|system|platform|content|data|risk|control|account) )\bowner\b`,
      String.raw`(?<!vice[- ]?)(?<!vice )\bpresident\b(?!'s office)`,
      String.raw`\bchair(?:man|woman|person)?\b`,
      String.raw`\bmanaging (?:director|partner)\b`,
      String.raw`\bgeneral manager\b`,
      String.raw`\bcountry (?:manager|head|director)\b`,
      String.raw`\bexecutive director\b`,
      String.raw`\bboard (?:member|director)\b`,
      String.raw`\bnon[- ]?executive\b`,
      String.raw`^partner\b(?! (?:development|manager|events?|account|business|success|sales|marketing|communications|alliance|programs?|relations|engineer|solutions?|executive|director))`,
      String.raw`\b(?:senior|equity|founding|name) partner\b`,
      String.raw`^principal$`,
      String.raw`\bproprietor\b`,
      String.raw`\bentrepreneur\b`,
      String.raw`\bgesch[äa]ftsf[üu]hrer\b`,
      String.raw`\bdirecteur g[ée]n[ée]ral\b`,
      String.raw`\bpdg\b`,
      String.raw`\bsecretary general\b`,
      String.raw`\bdirector general\b`,
      String.raw`\beigenaar\b`,
      String.raw`\binhaber\b`,
      String.raw`\bpropietari[oa]\b`,
      String.raw`\bchief [a-z]+ officer\b`,
      String.raw`\bchief [a-z]+ (?:and|&) [a-z]+ officer\b`,
      String.raw`\bhead of (?:state|mission)\b`,
      String.raw`\bchief of staff\b`,
    ],
    acronyms: ['MD', 'GM'],
  },
  // ---- 5. other functions ----------------------------------------------------------------------
  {
    fn: 'consulting',
    note: 'consultants and advisors (after the functions above: "Sales Consultant" is sales, "HR Consultant" is HR)',
    patterns: [String.raw`\bconsult\w*`, String.raw`\badvis(?:or|er|ory)\b`, String.raw`\bberater\b`],
  },
  {
    fn: 'education',
    note: 'teaching, academia and students',
    patterns: [
      String.raw`\bteach\w*`,
      String.raw`\bprofessor\b`,
      String.raw`\blecturer\b`,
      String.raw`\btutor\b`,
      String.raw`\binstructor\b`,
      String.raw`\btrainer\b`,
      String.raw`\beducat\w*`,
      String.raw`\bdean\b`,
      String.raw`\bfaculty\b`,
      String.raw`\bschool\b`,
      String.raw`\bacademic\w*`,
      String.raw`\bstudent\b`,
      String.raw`\bphd\b`,
      String.raw`\bmba candidate\b`,
      String.raw`\bcandidate\b`,
      String.raw`\bpostdoc\w*`,
      String.raw`\bresearch (?:fellow|assistant|associate)\b`,
      String.raw`\bcurriculum\b`,
      String.raw`\bprincipal\b(?=.*\b(?:school|college|academy)\b)`,
      String.raw`\be[- ]?learning\b`,
      String.raw`\blearning design\w*`,
      // learning & development and people development train the staff: training, not HR (whose words they lack)
      String.raw`\blearning (?:and|&) development\b`,
      String.raw`\bl&d\b`,
      String.raw`\bpeople development\b`,
      String.raw`\btraining\b`,
      String.raw`\badmissions?\b`,
      String.raw`\balumni\b`,
      String.raw`\bheadteacher\b`,
    ],
  },
  {
    fn: 'it',
    note: 'IT: information technology, systems/network administration, infrastructure, helpdesk, cyber security, CIO/CISO, SAP/ERP, data bases',
    patterns: [
      String.raw`\binformation (?:technology|systems|security)\b`,
      String.raw`\bcio\b`,
      String.raw`\bciso\b`,
      String.raw`\bchief (?:information|digital|technology|data|security) \w*\s?officer\b`,
      String.raw`\bsys(?:tems?)? ?admin\w*`,
      String.raw`\bnetwork\w*`,
      String.raw`\binfrastructure\b`,
      String.raw`\bhelp ?desk\b`,
      String.raw`\bdesktop support\b`,
      String.raw`\btechnical support\b`,
      String.raw`\bit support\b`,
      String.raw`\bcyber\w*`,
      String.raw`\bsecurity (?:analyst|architect|operations|specialist|consultant|manager)\b`,
      String.raw`\bsoc\b`,
      String.raw`\bdatabase\b`,
      String.raw`\bdba\b`,
      String.raw`\bsap\b`,
      String.raw`\berp\b`,
      String.raw`\bcrm\b`,
      String.raw`\bcloud\b`,
      String.raw`\bdevops\b`,
      String.raw`\bsre\b`,
      String.raw`\bdigital transformation\b`,
      String.raw`\btechnology (?:services|manager|director|lead|officer|operations|infrastructure)\b`,
      String.raw`\bhead of (?:it|technology)\b`,
      String.raw`\bict\b`,
      String.raw`\bsystems? analyst\b`,
      String.raw`\bsalesforce\b`,
      String.raw`\bbusiness applications?\b`,
      String.raw`\bapplications? (?:manager|management|support|analyst|specialist|owner|administrator)\b`,
      String.raw`\blinux\b`,
      String.raw`\breseau\b`,
      String.raw`\bmis\b`,
    ],
    acronyms: ['IT'],
  },
  {
    fn: 'operations',
    note: 'technicians and machinists are trades: they build, test and maintain, they are not engineers, even in an R&D or software team, unless the title says engineer(ing) ("R&D/Prototype Machinist" is operations, "Test Engineering Technician" engineering)',
    patterns: [String.raw`^(?!.*\bengineer)(?:.*\b)?(?:technici(?:an|en)s?|machinists?)\b`],
  },
  {
    fn: 'engineering',
    note: 'engineering, software development, architecture, R&D, science, data science, CTO. A subject a title works on is not the engineering function: AI / machine learning, analytics, data analysis, research, a bare mechanical or electrical ("Channels AI and Partner Communications", "Director, Strategy and Analytics", "Mechanical Development Manager", "Research Manager", "Head of Market Research") need an engineering word (engineer, developer, scientist, R&D ...) as the question writers read it',
    patterns: [
      String.raw`\bengineer\w*`,
      String.raw`\bdevelop(?:er|ers)\b`,
      String.raw`\bsoftware\b`,
      String.raw`\bprogramm(?:er|ing)\b`,
      String.raw`\bcoder\b`,
      String.raw`\bcto\b`,
      String.raw`\barchitect\w*`,
      String.raw`\br&d\b`,
      String.raw`\bscientist\b`,
      String.raw`\bdata scien\w*`,
      String.raw`\bfirmware\b`,
      String.raw`\bhardware\b`,
      String.raw`\btechnical\b`,
      String.raw`\bdesign engineer\b`,
      String.raw`\bquality assurance\b`,
      String.raw`\btest(?:er|ing)\b`,
      String.raw`\bingenieur\w*`,
      String.raw`\bing[ée]nieur\w*`,
      String.raw`\bingeniero\b`,
      String.raw`\b(?:software|product|application|hardware|firmware|web|game) development\b`,
      String.raw`\bweb\b`,
      String.raw`\bfull[- ]?stack\b`,
      String.raw`\bfront[- ]?end\b`,
      String.raw`\bback[- ]?end\b`,
      String.raw`\bdata (?:engineer|architect)\b`,
    ],
    acronyms: ['QA', 'QC'],
    // 'Cybersecurity Engineer', 'DevOps Engineer', 'Consulting Engineer' are IT / consulting first, and engineers;
    // so are sales / presales engineers: the role noun is engineer, the modifier says what the engineering serves
    // ('Sales Engineer' is an engineer who sells: sales first, and engineering), and sales engineering is the team
    // of sales engineers ('Head of Sales Engineering'). 'Engineering' alone is no role noun: in a title it is as
    // often the employer's name ('COO ST Engineering North America') or a subject of the role ('Engineering Sales')
    namedBy: [
      String.raw`\bengineers?\b`,
      String.raw`\b(?:pre|post)?[- ]?sales engineering\b`,
      String.raw`\bingenieur\w*`,
      String.raw`(?<!\bbusiness )\bdevelopers?\b`,
      String.raw`\bdevops\b`,
    ],
  },
  {
    fn: 'operations',
    note: 'operations, supply chain, logistics, procurement, facilities, production, projects, hospitality operations, COO',
    patterns: [
      String.raw`\boperations?\b`,
      String.raw`\bops\b`,
      String.raw`\bcoo\b`,
      String.raw`\bsupply chain\b`,
      String.raw`\blogistic\w*`,
      String.raw`\bprocurement\b`,
      String.raw`\bpurchas\w*`,
      String.raw`\bbuyer\b`,
      String.raw`\bsourcing\b`,
      // managing the suppliers is procurement's work after the purchase ('Supplier Management')
      String.raw`\bsupplier management\b`,
      String.raw`\bwarehouse\w*`,
      String.raw`\binventory\b`,
      String.raw`\bfacilit\w*`,
      String.raw`\bproduction\b`,
      String.raw`\bmanufactur\w*`,
      String.raw`\bplant\b`,
      String.raw`\bmaintenance\b`,
      // technicians build, test and maintain; they are not engineers (unless the title says engineering)
      String.raw`\btechnic(?:ian|ien)s?\b`,
      String.raw`\bplann(?:er|ing)\b`,
      String.raw`\bproject\w*`,
      String.raw`\bprogram(?:me)? (?:manager|management|director|lead|coordinator)\b`,
      String.raw`\bpmo\b`,
      String.raw`\bprojekt\w*`,
      String.raw`\bquality\b`,
      String.raw`\bfront office\b`,
      String.raw`\bguest (?:services?|relations|experience)\b`,
      String.raw`\bhousekeep\w*`,
      String.raw`\bconcierge\b`,
      String.raw`\breception\w*`,
      String.raw`\bfood and beverage\b`,
      String.raw`\bf&b\b`,
      String.raw`\bbanquet\w*`,
      String.raw`\brooms? division\b`,
      String.raw`\bduty manager\b`,
      String.raw`\breservations?\b`,
      String.raw`\bevents?\b`,
      String.raw`\bconferences?\b`,
      String.raw`\bstock (?:controller|keeper|clerk|manager)\b`,
      String.raw`\bexhibitions?\b`,
      String.raw`\bstore ?keeper\b`,
      String.raw`\bdistribution\b`,
      String.raw`\bmaterials?\b`,
      String.raw`\bcategory manag\w*`,
      String.raw`\bservice delivery\b`,
      String.raw`\bcontinuous improvement\b`,
      String.raw`\blean\b`,
      String.raw`\bsix sigma\b`,
      String.raw`\bvalue stream\b`,
      String.raw`\bchange management\b`,
      String.raw`\bscheduler\b`,
      String.raw`\bsite manager\b`,
      String.raw`\bfulfil+ment\b`,
      String.raw`\bback[- ]?office\b`,
      String.raw`\bloss prevention\b`,
      String.raw`\bhospitality\b`,
      String.raw`\bchefs?\b`,
      String.raw`\bcooks?\b`,
      String.raw`\bkitchen\b`,
      String.raw`\bwait(?:er|ress)\b`,
      String.raw`\bbartender\b`,
      String.raw`\bbarista\b`,
      String.raw`\bbar (?:manager|supervisor)\b`,
      String.raw`\bhost(?:ess)?\b`,
      String.raw`\bchauffeur\b`,
      String.raw`\bvalet\b`,
      String.raw`\bbell ?(?:man|boy|captain)\b`,
      String.raw`\bstewards?\b`,
      String.raw`\boperat(?:or|eur|ions?|ional|ing)\b`,
      String.raw`\boperac\w*`,
      String.raw`\blogistica\b`,
      String.raw`\bstore manager\b`,
      String.raw`\bshipping\b`,
      String.raw`\bfleet\b`,
      String.raw`\bdriver\b`,
      String.raw`\bdispatch\w*`,
      String.raw`\bimport\b`,
      String.raw`\bexport\b`,
      String.raw`\bcustoms\b`,
      String.raw`\bsecurity\b`,
      String.raw`\bsafety\b`,
      String.raw`\bhse\b`,
      String.raw`\bprocess\b`,
    ],
  },
];

/**
 * Titles that are not a job at all (no function, no seniority): placeholders and job-seeking states.
 */
export const NON_TITLES: readonly string[] = [
  String.raw`^in role in company$`,
  String.raw`^(?:\d+ (?:years?|months?) ?)+in role\b`,
  String.raw`^get contact info$`,
  String.raw`^(?:currently )?unemployed\b`,
  String.raw`^(?:self[- ]employed|retired|looking for\b.*|open to work\b.*|seeking\b.*|between jobs|n\/?a|none|null|-+|\.+)$`,
];
