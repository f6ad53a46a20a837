import { defineEntity, p } from '@mikro-orm/core';

import { LOCATION_SOURCES } from '../vocabularies';

/** An event (trade show, conference, fair) from event_info.csv, one row per distinct event URL. */
export const Event = defineEntity({
  name: 'Event',
  tableName: 'events',
  comment:
    'Events (trade shows, conferences, fairs, expos), one row per event URL. Location is derived from venue, ' +
    'country, name, description and URL because event_country is usually empty; use country/city, not venue, ' +
    'to filter by place. Industry themes are in event_tags.',
  properties: {
    id: p.integer().primary().comment('Row id of the event.'),
    url: p.text().unique('events_url_unique').comment('Event web page (natural key, as given in event_url).'),
    name: p.text().comment('Event name as published, e.g. "Cloud Expo Asia Singapore 2024".'),
    startDate: p
      .date()
      .fieldName('start_date')
      .nullable()
      .comment('First day of the event, YYYY-MM-DD. Use it for "upcoming", "in October 2024", "next N months".'),
    endDate: p
      .date()
      .fieldName('end_date')
      .nullable()
      .comment(
        'Last day of the event, YYYY-MM-DD; NULL when unknown (then the event is taken to end on its start date).',
      ),
    durationDays: p
      .integer()
      .fieldName('duration_days')
      .nullable()
      .comment('Length in days, end_date - start_date + 1; NULL without an end date.'),
    venue: p
      .text()
      .nullable()
      .comment('Venue as published, e.g. "Marina Bay Sands", "Singapore EXPO", "Suntec Convention Centre".'),
    venueGroup: p
      .text()
      .fieldName('venue_group')
      .nullable()
      .comment(
        'The venue as one name per venue complex (derived from venue with the venue gazetteer), e.g. "Marina Bay ' +
          'Sands" for "Sands Expo & Convention Centre, Singapore"; a venue the gazetteer does not know as published. ' +
          'Group or count by it, not by venue.',
      ),
    city: p
      .text()
      .nullable()
      .comment('City where the event takes place (derived), e.g. "Singapore", "Dubai"; NULL when unknown.'),
    country: p
      .text()
      .nullable()
      .comment(
        'Country where the event takes place (derived, English name), e.g. "Singapore", "United States"; NULL when unknown.',
      ),
    countryCode: p
      .text()
      .fieldName('country_code')
      .nullable()
      .comment('ISO 3166 alpha-2 code of country (derived), e.g. "SG".'),
    locationSource: p
      .enum([...LOCATION_SOURCES])
      .fieldName('location_source')
      .nullable()
      .comment('Which field the derived location came from: venue, country, name, description or url.'),
    eventCountryRaw: p
      .text()
      .fieldName('event_country_raw')
      .nullable()
      .comment('event_country exactly as given in the source (often empty or wrong); prefer country.'),
    description: p.text().nullable().comment('Event description as published.'),
    logoUrl: p.text().fieldName('logo_url').nullable().comment('URL of the event logo.'),
  },
});
