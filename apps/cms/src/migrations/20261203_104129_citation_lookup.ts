import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_citations_retraction_notices_kind" AS ENUM('retraction', 'partial-retraction', 'erratum', 'expression-of-concern');
  CREATE TYPE "public"."enum_citations_retraction_status" AS ENUM('none', 'retracted', 'corrected', 'concern');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'checkRetractions';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'checkRetractions';
  CREATE TABLE "citations_retraction_notices" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_citations_retraction_notices_kind" NOT NULL,
  	"date" varchar,
  	"url" varchar NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "citation_lookup_cache" (
  	"key" text PRIMARY KEY NOT NULL,
  	"result" jsonb NOT NULL,
  	"fetched_at" timestamp with time zone NOT NULL,
  	"expires_at" timestamp with time zone NOT NULL
  );
  
  ALTER TABLE "citations" ADD COLUMN "retraction_status" "enum_citations_retraction_status" DEFAULT 'none';
  ALTER TABLE "citations" ADD COLUMN "retraction_checked_at" timestamp(3) with time zone;
  ALTER TABLE "citations_retraction_notices" ADD CONSTRAINT "citations_retraction_notices_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."citations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "citations_retraction_notices_order_idx" ON "citations_retraction_notices" USING btree ("_order");
  CREATE INDEX "citations_retraction_notices_parent_id_idx" ON "citations_retraction_notices" USING btree ("_parent_id");
  CREATE INDEX "citation_lookup_cache_expires_at_idx" ON "citation_lookup_cache" USING btree ("expires_at");
  CREATE INDEX "citations_retraction_status_idx" ON "citations" USING btree ("retraction_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "citations_retraction_notices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "citation_lookup_cache" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "citations_retraction_notices" CASCADE;
  DROP TABLE "citation_lookup_cache" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'publishScheduledArticle', 'sendReviewReminders', 'deleteExpiredLeads');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'publishScheduledArticle', 'sendReviewReminders', 'deleteExpiredLeads');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "citations_retraction_status_idx";
  ALTER TABLE "citations" DROP COLUMN "retraction_status";
  ALTER TABLE "citations" DROP COLUMN "retraction_checked_at";
  DROP TYPE "public"."enum_citations_retraction_notices_kind";
  DROP TYPE "public"."enum_citations_retraction_status";`)
}
