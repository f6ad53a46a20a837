import { deriveEventLocation, deriveEventTags, deriveVenueGroup } from '../derive';
import { ChildRows } from './ChildRows';
import { countOutcome, rejectMisshapenRow, rejectRow } from './countRow';
import { CSV_FILES } from './csvFiles';
import type { CsvSource } from './CsvSource';
import { dedupeReason } from './dedupeReason';
import type { IngestSession } from './IngestSession';
import { parseDateField } from './parseDateField';
import { Upserter, type SqlValue } from './Upserter';

const FILE = CSV_FILES.events.file;
type EventColumn = (typeof CSV_FILES)['events']['columns'][number];
const READ: readonly EventColumn[] = [
  'event_url',
  'event_name',
  'event_start_date',
  'event_end_date',
  'event_venue',
  'event_country',
  'event_description',
  'event_logo_url',
];
const DAY_MS = 86_400_000;

/** Events keyed by URL; location and tags derived from name, venue, country, description and URL. */
export async function ingestEvents(
  session: IngestSession,
  source: CsvSource<EventColumn>,
  onRow: (bytes: number) => void,
): Promise<void> {
  const { store } = session;
  const counts = session.fileCounts(FILE);
  const events = new Upserter(store, {
    table: 'events',
    key: 'url',
    base: ['url', 'name', 'start_date', 'end_date', 'venue', 'event_country_raw', 'description', 'logo_url'],
    derived: ['duration_days', 'city', 'country', 'country_code', 'location_source', 'venue_group'],
  });
  const tags = new ChildRows(store, { table: 'event_tags', parentColumn: 'event_id', valueColumn: 'tag' });
  const derive = (b: SqlValue[]): SqlValue[] => {
    const [url, name, start, end, venue, countryRaw, description] = b as (string | null)[];
    const duration = start && end ? Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1 : null;
    const loc = deriveEventLocation({ name, venue, country: countryRaw, description, url });
    return [
      duration,
      loc.city ?? null,
      loc.country ?? null,
      loc.countryCode ?? null,
      loc.source ?? null,
      deriveVenueGroup(venue, url),
    ];
  };

  await source.each((line, values) => {
    counts.read++;
    if (rejectMisshapenRow(session, counts, line, values, source.header.length)) return;
    const fields = session.readFields(FILE, line, values, source.index, READ);
    let repaired = session.lastRowRepaired;
    const [url, nameRaw, startRaw, endRaw, venue, country, description, logo] = fields;
    if (!url) {
      rejectRow(session, counts, line, 'event_url', 'no event_url (the key of an event)', null);
      return;
    }
    let name = nameRaw ?? null;
    if (!name) {
      name = url;
      repaired = true;
      session.issue(FILE, line, 'event_name', 'repaired', 'no event_name; the URL stands in', null);
    }
    const start = parseDateField(startRaw ?? null, FILE, line, 'event_start_date');
    let end = parseDateField(endRaw ?? null, FILE, line, 'event_end_date');
    if (start && end && end < start) {
      session.issue(
        FILE,
        line,
        'event_end_date',
        'repaired',
        `end date before start date ${start}; end date dropped`,
        end,
      );
      end = null;
      repaired = true;
    }
    const base = [url, name, start, end, venue ?? null, country ?? null, description ?? null, logo ?? null];
    const outcome = events.upsert(line, base, derive);
    // Tags come from the stored (merged) name and description, so a merge that fills a description re-tags the event.
    const stored =
      outcome.kind === 'inserted'
        ? { name, description: description ?? null }
        : { name: outcome.stored[1] as string, description: outcome.stored[6] as string | null };
    const tagList = [...new Set(deriveEventTags(stored))].sort();
    const tagsChanged = tags.sync(outcome.id, tagList, outcome.kind === 'inserted');
    countOutcome(counts, outcome, repaired, tagsChanged);
    if (outcome.kind === 'merged') {
      session.issue(FILE, line, 'event_url', 'merged', dedupeReason('event URL', outcome), url);
    }
  }, onRow);
}
