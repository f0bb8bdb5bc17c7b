import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_reminders_subject_type" AS ENUM('articles', 'conditions', 'disclaimers');
  CREATE TYPE "public"."enum_review_reminders_stage" AS ENUM('due-soon', 'overdue');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'deleteExpiredLeads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'deleteExpiredLeads';
  CREATE TABLE "review_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"subject_type" "enum_review_reminders_subject_type" NOT NULL,
  	"subject_id" numeric NOT NULL,
  	"title" varchar,
  	"stage" "enum_review_reminders_stage" NOT NULL,
  	"due_date" timestamp(3) with time zone NOT NULL,
  	"sent_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_reminders_id" integer;
  CREATE UNIQUE INDEX "review_reminders_key_idx" ON "review_reminders" USING btree ("key");
  CREATE INDEX "review_reminders_updated_at_idx" ON "review_reminders" USING btree ("updated_at");
  CREATE INDEX "review_reminders_created_at_idx" ON "review_reminders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_reminders_fk" FOREIGN KEY ("review_reminders_id") REFERENCES "public"."review_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("review_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_reminders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_reminders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'publishScheduledArticle', 'deleteExpiredLeads');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'publishScheduledArticle', 'deleteExpiredLeads');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_review_reminders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_reminders_id";
  DROP TYPE "public"."enum_review_reminders_subject_type";
  DROP TYPE "public"."enum_review_reminders_stage";`)
}
