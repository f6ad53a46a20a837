/**
 * The event industry/theme vocabulary, as data (also seeds the `tags` table). Each keyword is a
 * case-insensitive RegExp source matched on word boundaries against the event name and description
 * (accents folded, '&' read as 'and'); a keyword holding an upper-case letter ('IT', 'AI', 'Sake')
 * is matched case-sensitively, the others case-insensitively. `implies` adds broader tags (an oil & gas summit is an energy
 * event). See deriveEventTags for how name and description hits are weighed.
 */
export interface EventTag {
  readonly tag: string;
  readonly label: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly implies?: readonly string[];
  /**
   * A broad theme that many descriptions mention in passing ('technology', 'sustainability'): it needs a
   * hit in the event NAME or two hits in the description, a single description hit is not enough.
   */
  readonly generic?: boolean;
}

export const EVENT_TAGS: readonly EventTag[] = [
  {
    tag: 'oil_gas', label: 'Oil & Gas', description: 'Oil and gas: upstream, downstream, refining, petrochemicals, LNG, offshore energy.',
    keywords: ['oil and gas', 'natural gas', 'petroleum', 'petrochemicals?', 'refining', 'refinery', 'refineries', 'downstream', 'upstream', 'midstream', 'lng', 'crude', 'drilling', 'offshore', 'LNG'],
    implies: ['energy'],
  },
  {
    tag: 'energy', label: 'Energy & Power', description: 'Energy, power and utilities, renewables, hydrogen, energy transition.',
    keywords: ['energy', 'power generation', 'electricity', 'renewables?', 'solar', 'wind power', 'wind energy', 'utilities', 'hydrogen', 'nuclear', 'cleantech', 'clean energy', 'energy transition'],
  },
  {
    tag: 'commodities', label: 'Commodities', description: 'Commodity trading and markets: energy, metals, agricultural commodities, mining.',
    keywords: ['commodity', 'commodities', 'metals', '(?<!data )mining', 'agri-?commodit\\w*'],
    implies: ['energy'],
  },
  {
    tag: 'finance_banking', label: 'Finance & Banking', description: 'Banking, payments, fintech, accounting, investment and trading (markets, forex) events.',
    keywords: ['finance', 'financial services', 'banking', 'banks?', 'fintech', 'payments?', 'accounting', 'accountants?', 'investments?', 'investors?', 'wealth management', 'asset management', 'capital markets', 'traders', 'forex', 'stock market', 'stocks', 'CFOs?'],
  },
  {
    tag: 'insurance', label: 'Insurance', description: 'Insurance, reinsurance and insurtech.',
    keywords: ['insurance', 'reinsurance', 'insurtech', 'insurers?'],
    implies: ['finance_banking'],
  },
  {
    tag: 'crypto_blockchain', label: 'Crypto & Blockchain', description: 'Blockchain, crypto assets, Web3, DeFi.',
    keywords: ['blockchain', 'crypto(?:currenc(?:y|ies)|s)?', 'web3', 'web 3', 'bitcoin', 'defi', 'nfts?', 'digital assets'],
    implies: ['technology'],
  },
  {
    tag: 'food_beverage', label: 'Food & Beverage', description: 'Food and drink: F&B trade and consumer fairs, seafood, sake and wine, chefs and culinary, food safety.',
    keywords: ['food', 'foods', 'beverages?', 'f and b', 'seafood', 'Sake', 'wine', 'coffee', 'tea', 'culinary', 'chefs?', 'restaurants?', 'gastronomy', 'drinks', 'bakery', 'halal food'],
  },
  {
    tag: 'technology', label: 'Technology', description: 'Information technology and digital: enterprise IT, software, APIs, cloud, data and AI, cyber security, multimedia, tech innovation.',
    keywords: ['technology', 'technologies', 'tech', 'digital transformation', 'software', 'SaaS', 'APIs?', 'apidays', 'IEEE', 'multimedia', 'IT', 'ICT', 'edtech', 'martech', 'deep tech'],
    generic: true,
  },
  {
    tag: 'cybersecurity', label: 'Cyber Security', description: 'Cyber and information security.',
    keywords: ['cyber ?security', 'cyber', 'cyberspace', 'information security', 'infosec', 'cyber crime'],
    implies: ['technology'],
  },
  {
    tag: 'cloud', label: 'Cloud', description: 'Cloud computing, data centres and infrastructure.',
    keywords: ['cloud', 'data cent(?:er|re)s?'],
    implies: ['technology'],
  },
  {
    tag: 'ai_data', label: 'AI & Data', description: 'Artificial intelligence, big data, analytics, machine learning.',
    keywords: ['AI', 'artificial intelligence', 'big data', 'data science', 'analytics', 'machine learning', 'generative ai'],
    implies: ['technology'],
  },
  {
    tag: 'ecommerce', label: 'eCommerce', description: 'Online retail and e-commerce.',
    keywords: ['e-?commerce', 'online retail', 'marketplaces?'],
    implies: ['retail', 'technology'],
  },
  {
    tag: 'retail', label: 'Retail & Consumer', description: 'Retail, consumer goods and shopping.',
    keywords: ['retail', 'retailers?', 'consumer goods', 'fmcg', 'shopping'],
  },
  {
    tag: 'marketing', label: 'Marketing & Advertising', description: 'Marketing, advertising, martech, digital media.',
    keywords: ['marketing', 'martech', 'advertising', 'digimarcon', 'dmwf', 'adtech', 'branding'],
  },
  {
    tag: 'healthcare_medical', label: 'Healthcare & Medical', description: 'Healthcare, hospitals, medical devices and clinical medicine.',
    keywords: ['medical', 'healthcare', 'health care', 'health', 'hospitals?', 'clinical', 'diagnostics?', 'rehabilitation', 'gynecology', 'gynaecology', 'medicine', "women's health", 'nanomedicine', 'surgery', 'nursing', 'dental'],
  },
  {
    tag: 'pharma_biotech', label: 'Pharma & Biotech', description: 'Pharmaceuticals, biotech and life sciences, drug delivery, biomanufacturing, bio-logistics.',
    keywords: ['pharma\\w*', 'biotech\\w*', 'biopharma\\w*', 'biologistics', 'biomanufacturing', 'drug delivery', 'drug discovery', 'life sciences', 'ISPE', 'vaccines?'],
  },
  {
    tag: 'aviation', label: 'Aviation & Aerospace', description: 'Airlines, airports, aircraft and aerospace.',
    keywords: ['aviation', 'airlines?', 'airports?', 'aircraft', 'aerospace', 'air travel'],
  },
  {
    tag: 'space', label: 'Space & Satellite', description: 'Space industry and satellites.',
    keywords: ['space industry', 'space technology', 'space and technology', 'satellites?', 'GSTC'],
  },
  {
    tag: 'maritime_shipping', label: 'Maritime & Shipping', description: 'Shipping, ports and terminals, maritime and marine industries.',
    keywords: ['maritime', 'shipping', 'ports?', 'terminals?', 'marine', 'shipbuilding', 'vessels?', 'TOC'],
  },
  {
    tag: 'logistics', label: 'Logistics & Supply Chain', description: 'Logistics, supply chain, intralogistics and material handling.',
    keywords: ['logistics', 'intralogistics', 'biologistics', 'supply chains?', 'material handling', 'warehous\\w*', 'freight', 'cold chain', 'CeMAT'],
  },
  {
    tag: 'transport', label: 'Transport & Mobility', description: 'Public transport, rail, urban mobility.',
    keywords: ['transport', 'public transport', 'transportation', 'rail', 'mobility', 'UITP'],
  },
  {
    tag: 'automotive', label: 'Automotive', description: 'Cars, vehicles and electric vehicles.',
    keywords: ['automotive', 'cars', 'vehicles?', 'electric vehicles?', 'EVs?'],
  },
  {
    tag: 'telecom', label: 'Telecommunications', description: 'Telecoms, networks, submarine cables, connectivity.',
    keywords: ['telecoms?', 'telecommunications?', 'submarine networks?', 'submarine communications', 'submarine cables?', 'networks', '5g', 'connectivity'],
    implies: ['technology'],
  },
  {
    tag: 'manufacturing', label: 'Manufacturing & Industry', description: 'Manufacturing, industrial transformation, process industries, materials.',
    keywords: ['manufacturing', 'industrial', 'industry 4\\.0', 'factory', 'factories', 'process innovation', 'polyurethanes?', 'foam', 'materials', 'biomanufacturing'],
  },
  {
    tag: 'chemicals', label: 'Chemicals', description: 'Chemicals, petrochemicals and polymers.',
    keywords: ['chemicals?', 'petrochemicals?', 'polyurethanes?', 'polymers?', 'plastics'],
  },
  {
    tag: 'real_estate_construction', label: 'Real Estate & Construction', description: 'Real estate, architecture, construction and the built environment.',
    keywords: ['real estate', 'property', 'properties', 'construction', 'built environment', 'architecture', 'building services', 'buildings?', 'geospatial', 'BEX'],
  },
  {
    tag: 'home_furniture', label: 'Home, Furniture & Interiors', description: 'Furniture, interior design and home living.',
    keywords: ['furniture', 'interiors?', 'interior design', 'home decor', 'home living', 'homeware', 'design fair'],
  },
  {
    tag: 'hospitality_travel', label: 'Hospitality & Travel', description: 'Hotels, hospitality, travel and tourism, meetings and events (MICE).',
    keywords: ['hotels?', 'hospitality', 'travel', 'tourism', 'meetings show', 'meetings industry', 'MICE', 'destinations', 'ITB', 'AHICE'],
  },
  {
    tag: 'beauty', label: 'Beauty & Wellness', description: 'Beauty, cosmetics and wellness.',
    keywords: ['beauty', 'cosmetics?', 'wellness', 'skincare', 'spa'],
  },
  {
    tag: 'education', label: 'Education', description: 'Education, universities and schools, study fairs, edtech.',
    keywords: ['education', 'edtech', 'edutech', 'educators?', 'universit(?:y|ies)', 'unis', 'mba', "master's", 'business schools?', 'schools?', 'students?', 'study abroad'],
    generic: true,
  },
  {
    tag: 'art_culture', label: 'Art & Culture', description: 'Art fairs and galleries, design, anime, cosplay and creative culture.',
    keywords: ['(?<!the-)art', 'arts', 'galler(?:y|ies)', 'anime', 'cosplay', 'creators', 'crafters', 'culture', 'museum'],
  },
  {
    tag: 'media_entertainment', label: 'Media & Entertainment', description: 'Media, broadcasting, film, music, gaming, anime and pop culture.',
    keywords: ['media and entertainment', 'entertainment', 'broadcast\\w*', 'film', 'films', 'cinema', 'music', 'gaming', 'video games?', 'esports', 'anime', 'cosplay', 'comics?', 'pop culture', 'streaming'],
  },
  {
    tag: 'sports', label: 'Sports & Fitness', description: 'Sports, sports business and fitness.',
    keywords: ['sports?', 'fitness', 'athletes?', 'football', 'golf', 'marathon', 'gym'],
  },
  {
    tag: 'agriculture', label: 'Agriculture & Agritech', description: 'Agriculture, farming, agritech, aquaculture and food production.',
    keywords: ['agricultur\\w*', 'agritech', 'agri-?food', 'farming', 'farmers?', 'aquaculture', 'livestock', 'crops?', 'fisheries'],
  },
  {
    tag: 'hr_workplace', label: 'HR & Future of Work', description: 'Human resources, talent, recruitment, HR tech and the workplace.',
    keywords: ['human resources', 'HR', 'hr tech', 'talent', 'recruitment', 'recruiting', 'future of work', 'workplace', 'employee experience', 'careers? fair', 'job fair'],
  },
  {
    tag: 'pets', label: 'Pets', description: 'Pets and pet care.',
    keywords: ['pets?', 'furry', 'dogs?', 'cats?', 'pet care'],
  },
  {
    tag: 'government', label: 'Government & Public Sector', description: 'Government, public sector, law enforcement and homeland security.',
    keywords: ['government', 'public sector', 'law enforcement', 'homeland security', 'public safety', 'defen[cs]e', 'military', 'lawful interception', 'intelligence gathering'],
  },
  {
    tag: 'sustainability', label: 'Sustainability & Cleantech', description: 'Sustainability, climate, cleantech, energy transition.',
    keywords: ['sustainability', 'cleantech', 'climate', 'carbon', 'ESG', 'net zero', 'energy transition', 'circular economy'],
    generic: true,
  },
  {
    tag: 'business_entrepreneurship', label: 'Business & Entrepreneurship', description: 'Entrepreneurs, start-ups, SMEs and business owners.',
    keywords: ['entrepreneurs?', 'start-?ups?', 'business owners', 'SMEs?', 'small business\\w*', 'business show'],
    generic: true,
  },
];

/** The tag ids, in vocabulary order. */
export const EVENT_TAG_IDS: readonly string[] = EVENT_TAGS.map((t) => t.tag);
