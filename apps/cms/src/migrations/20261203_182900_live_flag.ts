import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "live" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_live" boolean DEFAULT false;
  ALTER TABLE "citations" ADD COLUMN "live" boolean DEFAULT false;
  ALTER TABLE "_citations_v" ADD COLUMN "version_live" boolean DEFAULT false;
  ALTER TABLE "conditions" ADD COLUMN "live" boolean DEFAULT false;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_live" boolean DEFAULT false;
  ALTER TABLE "disclaimers" ADD COLUMN "live" boolean DEFAULT false;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_live" boolean DEFAULT false;
  CREATE INDEX "articles_live_idx" ON "articles" USING btree ("live");
  CREATE INDEX "_articles_v_version_version_live_idx" ON "_articles_v" USING btree ("version_live");
  CREATE INDEX "citations_live_idx" ON "citations" USING btree ("live");
  CREATE INDEX "_citations_v_version_version_live_idx" ON "_citations_v" USING btree ("version_live");
  CREATE INDEX "conditions_live_idx" ON "conditions" USING btree ("live");
  CREATE INDEX "_conditions_v_version_version_live_idx" ON "_conditions_v" USING btree ("version_live");
  CREATE INDEX "disclaimers_live_idx" ON "disclaimers" USING btree ("live");
  CREATE INDEX "_disclaimers_v_version_version_live_idx" ON "_disclaimers_v" USING btree ("version_live");`)

  // --- Hand-written (issue 18), kept apart from the generated statements above ---
  // What is on the site now is live, in the main row and in the newest version lists read.
  for (const table of ['articles', 'citations', 'conditions', 'disclaimers']) {
    await db.execute(
      sql.raw(`UPDATE "${table}" SET "live" = ("_status" = 'published');
    UPDATE "_${table}_v" v SET "version_live" = true FROM "${table}" m WHERE v."parent_id" = m."id" AND m."_status" = 'published' AND v."latest" = true;`),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_live_idx";
  DROP INDEX "_articles_v_version_version_live_idx";
  DROP INDEX "citations_live_idx";
  DROP INDEX "_citations_v_version_version_live_idx";
  DROP INDEX "conditions_live_idx";
  DROP INDEX "_conditions_v_version_version_live_idx";
  DROP INDEX "disclaimers_live_idx";
  DROP INDEX "_disclaimers_v_version_version_live_idx";
  ALTER TABLE "articles" DROP COLUMN "live";
  ALTER TABLE "_articles_v" DROP COLUMN "version_live";
  ALTER TABLE "citations" DROP COLUMN "live";
  ALTER TABLE "_citations_v" DROP COLUMN "version_live";
  ALTER TABLE "conditions" DROP COLUMN "live";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_live";
  ALTER TABLE "disclaimers" DROP COLUMN "live";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_live";`)
}
