/**
 * The three source files and their columns, exactly as the scraped data set publishes them.
 * Ingestion requires every column (a missing or renamed one is an error); the demo generator writes these headers.
 */
export const CSV_FILES = {
  events: {
    file: 'event_info.csv',
    columns: [
      'event_logo_url',
      'event_name',
      'event_start_date',
      'event_end_date',
      'event_venue',
      'event_country',
      'event_description',
      'event_url',
    ],
  },
  companies: {
    file: 'company_info.csv',
    columns: [
      'company_logo_url',
      'company_logo_text',
      'company_name',
      'relation_to_event',
      'event_url',
      'company_revenue',
      'n_employees',
      'company_phone',
      'company_founding_year',
      'company_address',
      'company_industry',
      'company_overview',
      'homepage_url',
      'linkedin_company_url',
      'homepage_base_url',
      'company_logo_url_on_event_page',
      'company_logo_match_flag',
    ],
  },
  people: {
    file: 'people_info.csv',
    columns: [
      'first_name',
      'middle_name',
      'last_name',
      'job_title',
      'person_city',
      'person_state',
      'person_country',
      'email_pattern',
      'homepage_base_url',
      'duration_in_current_job',
      'duration_in_current_company',
    ],
  },
} as const;

export type EventColumn = (typeof CSV_FILES)['events']['columns'][number];
export type CompanyColumn = (typeof CSV_FILES)['companies']['columns'][number];
export type PersonColumn = (typeof CSV_FILES)['people']['columns'][number];
