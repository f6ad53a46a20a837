import { Migration } from '@mikro-orm/migrations';

import { deriveVenueGroup } from '../derive/deriveVenueGroup';

/**
 * venue_sites: `events.venue_group` read from the event's URL too (`deriveVenueGroup(venue, url)`): an event listed on
 * a venue's own web site whose venue field names only a room ("Hall 3"), the city or nothing is at that venue's
 * complex. Existing events are re-derived here (code, not SQL: each event whose URL could name a venue is read and its
 * group written when it changes); every later ingest derives it. No schema change; the same statements on SQLite and
 * PostgreSQL.
 */
export class Migration20261207083000 extends Migration {
  override async up(): Promise<void> {
    const events = await this.execute(
      'SELECT "id", "venue", "url", "venue_group" FROM "events" WHERE "url" IS NOT NULL',
    );
    const knex = this.getKnex();
    for (const row of events as { id?: unknown; venue?: unknown; url?: unknown; venue_group?: unknown }[]) {
      if (typeof row.url !== 'string') continue;
      const venue = typeof row.venue === 'string' ? row.venue : null;
      const group = deriveVenueGroup(venue, row.url);
      if (group !== row.venue_group)
        this.addSql(knex.raw('UPDATE "events" SET "venue_group" = ? WHERE "id" = ?', [group, Number(row.id)]));
    }
  }

  override async down(): Promise<void> {
    // the groups before: from the venue field alone
    const events = await this.execute('SELECT "id", "venue" FROM "events"');
    const knex = this.getKnex();
    for (const row of events as { id?: unknown; venue?: unknown }[]) {
      const group = deriveVenueGroup(typeof row.venue === 'string' ? row.venue : null);
      this.addSql(knex.raw('UPDATE "events" SET "venue_group" = ? WHERE "id" = ?', [group, Number(row.id)]));
    }
  }
}
