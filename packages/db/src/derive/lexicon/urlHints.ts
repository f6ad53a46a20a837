/**
 * Country-code top-level domains that really mean the country (a '.sg' event site is a Singapore
 * event). Generic-use ccTLDs (.io, .ai, .co, .tv, .me, .ly, .fm, .gg, .so ...) are deliberately absent.
 * 'uk' maps to GB. Second-level forms ('com.sg', 'co.uk') reduce to the last label.
 */
export const COUNTRY_TLDS: Readonly<Record<string, string>> = {
  sg: 'SG', my: 'MY', th: 'TH', ph: 'PH', vn: 'VN', hk: 'HK', jp: 'JP', kr: 'KR', cn: 'CN', tw: 'TW', in: 'IN',
  au: 'AU', nz: 'NZ', uk: 'GB', de: 'DE', fr: 'FR', nl: 'NL', es: 'ES', ch: 'CH', at: 'AT', be: 'BE', se: 'SE',
  no: 'NO', dk: 'DK', fi: 'FI', ie: 'IE', pl: 'PL', pt: 'PT', it: 'IT', ae: 'AE', sa: 'SA', qa: 'QA', za: 'ZA',
  br: 'BR', mx: 'MX', ca: 'CA', id: 'ID',
};
