import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_articles_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "conditions" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;
  ALTER TABLE "reviewer_profiles" ADD COLUMN "generate_slug" boolean DEFAULT true;
  ALTER TABLE "_reviewer_profiles_v" ADD COLUMN "version_generate_slug" boolean DEFAULT true;`)
  // Documents that already have a slug keep it: their flag is off, as Payload's slugField leaves it
  // after making a slug on create (fields/slug.ts).
  await db.execute(sql`
  UPDATE "articles" SET "generate_slug" = false WHERE "slug" IS NOT NULL;
  UPDATE "_articles_v" SET "version_generate_slug" = false WHERE "version_slug" IS NOT NULL;
  UPDATE "conditions" SET "generate_slug" = false WHERE "slug" IS NOT NULL;
  UPDATE "_conditions_v" SET "version_generate_slug" = false WHERE "version_slug" IS NOT NULL;
  UPDATE "reviewer_profiles" SET "generate_slug" = false WHERE "slug" IS NOT NULL;
  UPDATE "_reviewer_profiles_v" SET "version_generate_slug" = false WHERE "version_slug" IS NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "generate_slug";
  ALTER TABLE "_articles_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "conditions" DROP COLUMN "generate_slug";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_generate_slug";
  ALTER TABLE "reviewer_profiles" DROP COLUMN "generate_slug";
  ALTER TABLE "_reviewer_profiles_v" DROP COLUMN "version_generate_slug";`)
}
