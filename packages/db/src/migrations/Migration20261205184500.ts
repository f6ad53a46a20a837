import { Migration } from '@mikro-orm/migrations';

import { deriveVenueGroup } from '../derive/deriveVenueGroup';

/**
 * shape11: `events.venue_group`, the venue as one name per venue complex (`deriveVenueGroup`: the venue gazetteer's
 * name for the complex the venue field names, else the venue as published), so a grouping by venue counts "Marina Bay
 * Sands" and "Sands Expo & Convention Centre, Singapore" as one venue. Existing events are filled from their venue
 * here (the derivation is code, not SQL: each distinct venue is read and its group written); every later ingest
 * derives it. The same statements on SQLite and PostgreSQL.
 */
export class Migration20261205184500 extends Migration {
  override async up(): Promise<void> {
    const venues = await this.execute('SELECT DISTINCT "venue" FROM "events" WHERE "venue" IS NOT NULL');
    this.addSql(`ALTER TABLE "events" ADD COLUMN "venue_group" TEXT NULL`);
    const knex = this.getKnex();
    for (const row of venues) {
      const venue = (row as { venue?: unknown }).venue;
      if (typeof venue !== 'string') continue;
      this.addSql(
        knex.raw('UPDATE "events" SET "venue_group" = ? WHERE "venue" = ?', [deriveVenueGroup(venue), venue]),
      );
    }
  }

  override down(): Promise<void> {
    this.addSql(`ALTER TABLE "events" DROP COLUMN "venue_group"`);
    return Promise.resolve();
  }
}
