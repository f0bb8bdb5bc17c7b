import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'override_approve' BEFORE 'publish';
  ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'metadata_edit' BEFORE 'comment';
  ALTER TABLE "articles" ADD COLUMN "approved_by_override" boolean;
  ALTER TABLE "articles_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_approved_by_override" boolean;
  ALTER TABLE "_articles_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_rels_users_id_idx" ON "articles_rels" USING btree ("users_id");
  CREATE INDEX "_articles_v_rels_users_id_idx" ON "_articles_v_rels" USING btree ("users_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_rels" DROP CONSTRAINT "articles_rels_users_fk";
  
  ALTER TABLE "_articles_v_rels" DROP CONSTRAINT "_articles_v_rels_users_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_events_action";
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'request_changes', 'resubmit', 'approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'archive', 'reopen', 'content_edit', 'comment', 'accept_claim', 'scheduled_publish_failed');
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_workflow_events_action" USING "action"::"public"."enum_workflow_events_action";
  DROP INDEX "articles_rels_users_id_idx";
  DROP INDEX "_articles_v_rels_users_id_idx";
  ALTER TABLE "articles" DROP COLUMN "approved_by_override";
  ALTER TABLE "articles_rels" DROP COLUMN "users_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_approved_by_override";
  ALTER TABLE "_articles_v_rels" DROP COLUMN "users_id";`)
}
