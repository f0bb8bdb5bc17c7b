import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinic_profile_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_clinic_profile_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clinic_profile_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__clinic_profile_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_workflow_events_subject_type" ADD VALUE 'clinic-profile';
  ALTER TYPE "public"."enum_review_reminders_subject_type" ADD VALUE 'clinic-profile';
  CREATE TABLE "clinic_profile_accepted_claims" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"rule_id" varchar,
  	"match" varchar,
  	"justification" varchar,
  	"accepted_by_id" integer,
  	"accepted_by_name" varchar,
  	"accepted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "clinic_profile" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_name" varchar,
  	"tagline" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"address_street" varchar,
  	"address_city" varchar,
  	"address_region" varchar,
  	"address_postal_code" varchar,
  	"address_country" varchar DEFAULT 'US',
  	"call_to_action_heading" varchar,
  	"call_to_action_text" varchar,
  	"call_to_action_button_label" varchar DEFAULT 'Request information packet',
  	"workflow_state" "enum_clinic_profile_workflow_state" DEFAULT 'draft',
  	"live" boolean DEFAULT false,
  	"reviewer_name" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"approved_by_override" boolean,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"scheduled_by_id" integer,
  	"claim_findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_clinic_profile_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "clinic_profile_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_clinic_profile_v_version_accepted_claims" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"rule_id" varchar,
  	"match" varchar,
  	"justification" varchar,
  	"accepted_by_id" integer,
  	"accepted_by_name" varchar,
  	"accepted_at" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clinic_profile_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_clinic_name" varchar,
  	"version_tagline" varchar,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_address_street" varchar,
  	"version_address_city" varchar,
  	"version_address_region" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_country" varchar DEFAULT 'US',
  	"version_call_to_action_heading" varchar,
  	"version_call_to_action_text" varchar,
  	"version_call_to_action_button_label" varchar DEFAULT 'Request information packet',
  	"version_workflow_state" "enum__clinic_profile_v_version_workflow_state" DEFAULT 'draft',
  	"version_live" boolean DEFAULT false,
  	"version_reviewer_name" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_approved_by_override" boolean,
  	"version_scheduled_publish_at" timestamp(3) with time zone,
  	"version_scheduled_by_id" integer,
  	"version_claim_findings" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__clinic_profile_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_clinic_profile_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "clinic_profile_id" integer;
  ALTER TABLE "clinic_profile_accepted_claims" ADD CONSTRAINT "clinic_profile_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_profile_accepted_claims" ADD CONSTRAINT "clinic_profile_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile" ADD CONSTRAINT "clinic_profile_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_profile" ADD CONSTRAINT "clinic_profile_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_profile_rels" ADD CONSTRAINT "clinic_profile_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_profile_rels" ADD CONSTRAINT "clinic_profile_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v_version_accepted_claims" ADD CONSTRAINT "_clinic_profile_v_version_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v_version_accepted_claims" ADD CONSTRAINT "_clinic_profile_v_version_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinic_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v" ADD CONSTRAINT "_clinic_profile_v_parent_id_clinic_profile_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_profile"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v" ADD CONSTRAINT "_clinic_profile_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v" ADD CONSTRAINT "_clinic_profile_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v_rels" ADD CONSTRAINT "_clinic_profile_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clinic_profile_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v_rels" ADD CONSTRAINT "_clinic_profile_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clinic_profile_accepted_claims_order_idx" ON "clinic_profile_accepted_claims" USING btree ("_order");
  CREATE INDEX "clinic_profile_accepted_claims_parent_id_idx" ON "clinic_profile_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "clinic_profile_accepted_claims_accepted_by_idx" ON "clinic_profile_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "clinic_profile_workflow_state_idx" ON "clinic_profile" USING btree ("workflow_state");
  CREATE INDEX "clinic_profile_live_idx" ON "clinic_profile" USING btree ("live");
  CREATE INDEX "clinic_profile_reviewed_by_idx" ON "clinic_profile" USING btree ("reviewed_by_id");
  CREATE INDEX "clinic_profile_next_review_due_idx" ON "clinic_profile" USING btree ("next_review_due");
  CREATE INDEX "clinic_profile_scheduled_by_idx" ON "clinic_profile" USING btree ("scheduled_by_id");
  CREATE INDEX "clinic_profile_updated_at_idx" ON "clinic_profile" USING btree ("updated_at");
  CREATE INDEX "clinic_profile_created_at_idx" ON "clinic_profile" USING btree ("created_at");
  CREATE INDEX "clinic_profile__status_idx" ON "clinic_profile" USING btree ("_status");
  CREATE INDEX "clinic_profile_rels_order_idx" ON "clinic_profile_rels" USING btree ("order");
  CREATE INDEX "clinic_profile_rels_parent_idx" ON "clinic_profile_rels" USING btree ("parent_id");
  CREATE INDEX "clinic_profile_rels_path_idx" ON "clinic_profile_rels" USING btree ("path");
  CREATE INDEX "clinic_profile_rels_users_id_idx" ON "clinic_profile_rels" USING btree ("users_id");
  CREATE INDEX "_clinic_profile_v_version_accepted_claims_order_idx" ON "_clinic_profile_v_version_accepted_claims" USING btree ("_order");
  CREATE INDEX "_clinic_profile_v_version_accepted_claims_parent_id_idx" ON "_clinic_profile_v_version_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "_clinic_profile_v_version_accepted_claims_accepted_by_idx" ON "_clinic_profile_v_version_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "_clinic_profile_v_parent_idx" ON "_clinic_profile_v" USING btree ("parent_id");
  CREATE INDEX "_clinic_profile_v_version_version_workflow_state_idx" ON "_clinic_profile_v" USING btree ("version_workflow_state");
  CREATE INDEX "_clinic_profile_v_version_version_live_idx" ON "_clinic_profile_v" USING btree ("version_live");
  CREATE INDEX "_clinic_profile_v_version_version_reviewed_by_idx" ON "_clinic_profile_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_clinic_profile_v_version_version_next_review_due_idx" ON "_clinic_profile_v" USING btree ("version_next_review_due");
  CREATE INDEX "_clinic_profile_v_version_version_scheduled_by_idx" ON "_clinic_profile_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_clinic_profile_v_version_version_updated_at_idx" ON "_clinic_profile_v" USING btree ("version_updated_at");
  CREATE INDEX "_clinic_profile_v_version_version_created_at_idx" ON "_clinic_profile_v" USING btree ("version_created_at");
  CREATE INDEX "_clinic_profile_v_version_version__status_idx" ON "_clinic_profile_v" USING btree ("version__status");
  CREATE INDEX "_clinic_profile_v_created_at_idx" ON "_clinic_profile_v" USING btree ("created_at");
  CREATE INDEX "_clinic_profile_v_updated_at_idx" ON "_clinic_profile_v" USING btree ("updated_at");
  CREATE INDEX "_clinic_profile_v_latest_idx" ON "_clinic_profile_v" USING btree ("latest");
  CREATE INDEX "_clinic_profile_v_rels_order_idx" ON "_clinic_profile_v_rels" USING btree ("order");
  CREATE INDEX "_clinic_profile_v_rels_parent_idx" ON "_clinic_profile_v_rels" USING btree ("parent_id");
  CREATE INDEX "_clinic_profile_v_rels_path_idx" ON "_clinic_profile_v_rels" USING btree ("path");
  CREATE INDEX "_clinic_profile_v_rels_users_id_idx" ON "_clinic_profile_v_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clinic_profile_fk" FOREIGN KEY ("clinic_profile_id") REFERENCES "public"."clinic_profile"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_clinic_profile_id_idx" ON "payload_locked_documents_rels" USING btree ("clinic_profile_id");`)

  // --- Hand-written (issue 14), kept apart from the generated statements above ---
  // The clinic's details were public before they were reviewed: the profile starts as the live
  // copy of the current site settings, recorded as approved by the migration (an override: nobody
  // is named as its reviewer). No trail row: the subject value added above cannot be used in this
  // same transaction.
  await db.execute(sql`
  INSERT INTO "clinic_profile" ("clinic_name", "tagline", "phone", "email", "address_street", "address_city", "address_region",
    "address_postal_code", "address_country", "call_to_action_heading", "call_to_action_text", "call_to_action_button_label",
    "workflow_state", "live", "approved_by_override", "reviewed_at", "_status")
  SELECT "clinic_name", "tagline", "phone", "email", "address_street", "address_city", "address_region", "address_postal_code",
    "address_country", "call_to_action_heading", "call_to_action_text", "call_to_action_button_label",
    'published', true, true, now(), 'published'
  FROM "site_settings" ORDER BY "id" LIMIT 1;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinic_profile_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_profile_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clinic_profile_v_version_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clinic_profile_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clinic_profile_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "clinic_profile_accepted_claims" CASCADE;
  DROP TABLE "clinic_profile" CASCADE;
  DROP TABLE "clinic_profile_rels" CASCADE;
  DROP TABLE "_clinic_profile_v_version_accepted_claims" CASCADE;
  DROP TABLE "_clinic_profile_v" CASCADE;
  DROP TABLE "_clinic_profile_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_clinic_profile_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DATA TYPE text;
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DEFAULT 'articles'::text;
  DROP TYPE "public"."enum_workflow_events_subject_type";
  CREATE TYPE "public"."enum_workflow_events_subject_type" AS ENUM('articles', 'conditions', 'disclaimers', 'citations');
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DEFAULT 'articles'::"public"."enum_workflow_events_subject_type";
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DATA TYPE "public"."enum_workflow_events_subject_type" USING "subject_type"::"public"."enum_workflow_events_subject_type";
  ALTER TABLE "review_reminders" ALTER COLUMN "subject_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_reminders_subject_type";
  CREATE TYPE "public"."enum_review_reminders_subject_type" AS ENUM('articles', 'conditions', 'disclaimers', 'citations');
  ALTER TABLE "review_reminders" ALTER COLUMN "subject_type" SET DATA TYPE "public"."enum_review_reminders_subject_type" USING "subject_type"::"public"."enum_review_reminders_subject_type";
  DROP INDEX "payload_locked_documents_rels_clinic_profile_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "clinic_profile_id";
  DROP TYPE "public"."enum_clinic_profile_workflow_state";
  DROP TYPE "public"."enum_clinic_profile_status";
  DROP TYPE "public"."enum__clinic_profile_v_version_workflow_state";
  DROP TYPE "public"."enum__clinic_profile_v_version_status";`)
}
