import { Migration } from '@mikro-orm/migrations';

import { analyzeDataTables } from '../ingest/plannerStatistics';
import { migrationDialect } from './migrationDialect';

/**
 * perf6: planner statistics for data ingested before ingest gathered them (see `analyzeDataTables`): the data
 * tables as they are now; every later ingest refreshes them. Nothing to undo: statistics change plans, not results.
 */
export class Migration20261205044000 extends Migration {
  override up(): Promise<void> {
    this.addSql(analyzeDataTables(migrationDialect(this.driver).name));
    return Promise.resolve();
  }

  override down(): Promise<void> {
    return Promise.resolve();
  }
}
