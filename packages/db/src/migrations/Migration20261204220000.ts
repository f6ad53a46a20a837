import { Migration } from '@mikro-orm/migrations';

/**
 * The bound values of an answer's statement beside its stored first page (`message_results.params`, JSON): the
 * engine reads further pages, and exports the whole result, by running the statement again with them. Results
 * stored before have none ('[]'); their statements were stored with their values inlined or had none.
 */
export class Migration20261204220000 extends Migration {
  override up(): Promise<void> {
    this.addSql(`ALTER TABLE "message_results" ADD COLUMN "params" TEXT NOT NULL DEFAULT '[]'`);
    return Promise.resolve();
  }

  override down(): Promise<void> {
    this.addSql(`ALTER TABLE "message_results" DROP COLUMN "params"`);
    return Promise.resolve();
  }
}
