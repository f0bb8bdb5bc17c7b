import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "response_cache" (
  	"key" text PRIMARY KEY NOT NULL,
  	"generation" bigint NOT NULL,
  	"etag" text NOT NULL,
  	"content_type" text NOT NULL,
  	"body" text NOT NULL,
  	"expires_at" timestamp with time zone NOT NULL
  );
  
  CREATE TABLE "response_cache_state" (
  	"id" integer PRIMARY KEY NOT NULL,
  	"generation" bigint NOT NULL
  );
  
  CREATE INDEX "response_cache_generation_idx" ON "response_cache" USING btree ("generation");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "response_cache" CASCADE;
  DROP TABLE "response_cache_state" CASCADE;`)
}
