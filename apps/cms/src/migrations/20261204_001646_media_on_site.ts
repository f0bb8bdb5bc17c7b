import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "on_site" boolean DEFAULT false;
  CREATE INDEX "media_on_site_idx" ON "media" USING btree ("on_site");`)

  // --- Hand-written (issue 14), kept apart from the generated statements above ---
  // Images published content shows stay visible to visitors; every other upload becomes staff-only.
  // The same references as collections/Media/onSite.ts, written out so this migration never changes.
  await db.execute(sql`
  UPDATE "media" SET "on_site" = "media"."id" IN (
    SELECT "hero_image_id" FROM "articles" WHERE "_status" = 'published' AND "hero_image_id" IS NOT NULL
    UNION
    SELECT "photo_id" FROM "reviewer_profiles" WHERE "_status" = 'published' AND "photo_id" IS NOT NULL
    UNION
    SELECT CASE WHEN "ref" ~ '^[0-9]{1,9}$' THEN "ref"::int END FROM (
      SELECT coalesce("node" -> 'value' ->> 'id', "node" ->> 'value') AS "ref"
      FROM (
        SELECT "body" FROM "articles" WHERE "_status" = 'published' AND "body" IS NOT NULL
        UNION ALL SELECT "body" FROM "conditions" WHERE "_status" = 'published' AND "body" IS NOT NULL
        UNION ALL SELECT "body" FROM "disclaimers" WHERE "_status" = 'published' AND "body" IS NOT NULL
      ) AS "live_bodies",
      LATERAL jsonb_path_query("live_bodies"."body", 'strict $.**') AS "node"
      WHERE jsonb_typeof("node") = 'object' AND "node" ->> 'type' = 'upload' AND "node" ->> 'relationTo' = 'media'
    ) AS "image"
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_on_site_idx";
  ALTER TABLE "media" DROP COLUMN "on_site";`)
}
