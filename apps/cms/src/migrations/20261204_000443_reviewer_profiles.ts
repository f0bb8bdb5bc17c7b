import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reviewer_profiles_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_reviewer_profiles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reviewer_profiles_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__reviewer_profiles_v_version_status" AS ENUM('draft', 'published');
  ALTER TYPE "public"."enum_workflow_events_subject_type" ADD VALUE 'reviewer-profiles';
  ALTER TYPE "public"."enum_review_reminders_subject_type" ADD VALUE 'reviewer-profiles';
  CREATE TABLE "reviewer_profiles_accepted_claims" (
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
  
  CREATE TABLE "reviewer_profiles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"display_name" varchar,
  	"credentials" varchar,
  	"specialty" varchar,
  	"bio" varchar,
  	"photo_id" integer,
  	"slug" varchar,
  	"workflow_state" "enum_reviewer_profiles_workflow_state" DEFAULT 'draft',
  	"live" boolean DEFAULT false,
  	"reviewer_name" varchar,
  	"reviewer_profile_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"next_review_due" timestamp(3) with time zone,
  	"approved_by_override" boolean,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"scheduled_by_id" integer,
  	"claim_findings" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reviewer_profiles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "reviewer_profiles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_reviewer_profiles_v_version_accepted_claims" (
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
  
  CREATE TABLE "_reviewer_profiles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_user_id" integer,
  	"version_display_name" varchar,
  	"version_credentials" varchar,
  	"version_specialty" varchar,
  	"version_bio" varchar,
  	"version_photo_id" integer,
  	"version_slug" varchar,
  	"version_workflow_state" "enum__reviewer_profiles_v_version_workflow_state" DEFAULT 'draft',
  	"version_live" boolean DEFAULT false,
  	"version_reviewer_name" varchar,
  	"version_reviewer_profile_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_next_review_due" timestamp(3) with time zone,
  	"version_approved_by_override" boolean,
  	"version_scheduled_publish_at" timestamp(3) with time zone,
  	"version_scheduled_by_id" integer,
  	"version_claim_findings" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reviewer_profiles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_reviewer_profiles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "reviewer_profile_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reviewer_profile_id" integer;
  ALTER TABLE "citations" ADD COLUMN "reviewer_profile_id" integer;
  ALTER TABLE "_citations_v" ADD COLUMN "version_reviewer_profile_id" integer;
  ALTER TABLE "conditions" ADD COLUMN "reviewer_profile_id" integer;
  ALTER TABLE "_conditions_v" ADD COLUMN "version_reviewer_profile_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "reviewer_profile_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewer_profile_id" integer;
  ALTER TABLE "clinic_profile" ADD COLUMN "reviewer_profile_id" integer;
  ALTER TABLE "_clinic_profile_v" ADD COLUMN "version_reviewer_profile_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviewer_profiles_id" integer;
  ALTER TABLE "reviewer_profiles_accepted_claims" ADD CONSTRAINT "reviewer_profiles_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles_accepted_claims" ADD CONSTRAINT "reviewer_profiles_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviewer_profiles_rels" ADD CONSTRAINT "reviewer_profiles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviewer_profiles_rels" ADD CONSTRAINT "reviewer_profiles_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v_version_accepted_claims" ADD CONSTRAINT "_reviewer_profiles_v_version_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v_version_accepted_claims" ADD CONSTRAINT "_reviewer_profiles_v_version_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reviewer_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_parent_id_reviewer_profiles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_version_user_id_users_id_fk" FOREIGN KEY ("version_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v" ADD CONSTRAINT "_reviewer_profiles_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v_rels" ADD CONSTRAINT "_reviewer_profiles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reviewer_profiles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reviewer_profiles_v_rels" ADD CONSTRAINT "_reviewer_profiles_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reviewer_profiles_accepted_claims_order_idx" ON "reviewer_profiles_accepted_claims" USING btree ("_order");
  CREATE INDEX "reviewer_profiles_accepted_claims_parent_id_idx" ON "reviewer_profiles_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "reviewer_profiles_accepted_claims_accepted_by_idx" ON "reviewer_profiles_accepted_claims" USING btree ("accepted_by_id");
  CREATE UNIQUE INDEX "reviewer_profiles_user_idx" ON "reviewer_profiles" USING btree ("user_id");
  CREATE INDEX "reviewer_profiles_photo_idx" ON "reviewer_profiles" USING btree ("photo_id");
  CREATE UNIQUE INDEX "reviewer_profiles_slug_idx" ON "reviewer_profiles" USING btree ("slug");
  CREATE INDEX "reviewer_profiles_workflow_state_idx" ON "reviewer_profiles" USING btree ("workflow_state");
  CREATE INDEX "reviewer_profiles_live_idx" ON "reviewer_profiles" USING btree ("live");
  CREATE INDEX "reviewer_profiles_reviewer_profile_idx" ON "reviewer_profiles" USING btree ("reviewer_profile_id");
  CREATE INDEX "reviewer_profiles_reviewed_by_idx" ON "reviewer_profiles" USING btree ("reviewed_by_id");
  CREATE INDEX "reviewer_profiles_next_review_due_idx" ON "reviewer_profiles" USING btree ("next_review_due");
  CREATE INDEX "reviewer_profiles_scheduled_by_idx" ON "reviewer_profiles" USING btree ("scheduled_by_id");
  CREATE INDEX "reviewer_profiles_updated_at_idx" ON "reviewer_profiles" USING btree ("updated_at");
  CREATE INDEX "reviewer_profiles_created_at_idx" ON "reviewer_profiles" USING btree ("created_at");
  CREATE INDEX "reviewer_profiles__status_idx" ON "reviewer_profiles" USING btree ("_status");
  CREATE INDEX "reviewer_profiles_rels_order_idx" ON "reviewer_profiles_rels" USING btree ("order");
  CREATE INDEX "reviewer_profiles_rels_parent_idx" ON "reviewer_profiles_rels" USING btree ("parent_id");
  CREATE INDEX "reviewer_profiles_rels_path_idx" ON "reviewer_profiles_rels" USING btree ("path");
  CREATE INDEX "reviewer_profiles_rels_users_id_idx" ON "reviewer_profiles_rels" USING btree ("users_id");
  CREATE INDEX "_reviewer_profiles_v_version_accepted_claims_order_idx" ON "_reviewer_profiles_v_version_accepted_claims" USING btree ("_order");
  CREATE INDEX "_reviewer_profiles_v_version_accepted_claims_parent_id_idx" ON "_reviewer_profiles_v_version_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "_reviewer_profiles_v_version_accepted_claims_accepted_by_idx" ON "_reviewer_profiles_v_version_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "_reviewer_profiles_v_parent_idx" ON "_reviewer_profiles_v" USING btree ("parent_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_user_idx" ON "_reviewer_profiles_v" USING btree ("version_user_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_photo_idx" ON "_reviewer_profiles_v" USING btree ("version_photo_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_slug_idx" ON "_reviewer_profiles_v" USING btree ("version_slug");
  CREATE INDEX "_reviewer_profiles_v_version_version_workflow_state_idx" ON "_reviewer_profiles_v" USING btree ("version_workflow_state");
  CREATE INDEX "_reviewer_profiles_v_version_version_live_idx" ON "_reviewer_profiles_v" USING btree ("version_live");
  CREATE INDEX "_reviewer_profiles_v_version_version_reviewer_profile_idx" ON "_reviewer_profiles_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_reviewed_by_idx" ON "_reviewer_profiles_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_next_review_due_idx" ON "_reviewer_profiles_v" USING btree ("version_next_review_due");
  CREATE INDEX "_reviewer_profiles_v_version_version_scheduled_by_idx" ON "_reviewer_profiles_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_reviewer_profiles_v_version_version_updated_at_idx" ON "_reviewer_profiles_v" USING btree ("version_updated_at");
  CREATE INDEX "_reviewer_profiles_v_version_version_created_at_idx" ON "_reviewer_profiles_v" USING btree ("version_created_at");
  CREATE INDEX "_reviewer_profiles_v_version_version__status_idx" ON "_reviewer_profiles_v" USING btree ("version__status");
  CREATE INDEX "_reviewer_profiles_v_created_at_idx" ON "_reviewer_profiles_v" USING btree ("created_at");
  CREATE INDEX "_reviewer_profiles_v_updated_at_idx" ON "_reviewer_profiles_v" USING btree ("updated_at");
  CREATE INDEX "_reviewer_profiles_v_latest_idx" ON "_reviewer_profiles_v" USING btree ("latest");
  CREATE INDEX "_reviewer_profiles_v_rels_order_idx" ON "_reviewer_profiles_v_rels" USING btree ("order");
  CREATE INDEX "_reviewer_profiles_v_rels_parent_idx" ON "_reviewer_profiles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_reviewer_profiles_v_rels_path_idx" ON "_reviewer_profiles_v_rels" USING btree ("path");
  CREATE INDEX "_reviewer_profiles_v_rels_users_id_idx" ON "_reviewer_profiles_v_rels" USING btree ("users_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "citations" ADD CONSTRAINT "citations_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_citations_v" ADD CONSTRAINT "_citations_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_profile" ADD CONSTRAINT "clinic_profile_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_profile_v" ADD CONSTRAINT "_clinic_profile_v_version_reviewer_profile_id_reviewer_profiles_id_fk" FOREIGN KEY ("version_reviewer_profile_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviewer_profiles_fk" FOREIGN KEY ("reviewer_profiles_id") REFERENCES "public"."reviewer_profiles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_reviewer_profile_idx" ON "articles" USING btree ("reviewer_profile_id");
  CREATE INDEX "_articles_v_version_version_reviewer_profile_idx" ON "_articles_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "citations_reviewer_profile_idx" ON "citations" USING btree ("reviewer_profile_id");
  CREATE INDEX "_citations_v_version_version_reviewer_profile_idx" ON "_citations_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "conditions_reviewer_profile_idx" ON "conditions" USING btree ("reviewer_profile_id");
  CREATE INDEX "_conditions_v_version_version_reviewer_profile_idx" ON "_conditions_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "disclaimers_reviewer_profile_idx" ON "disclaimers" USING btree ("reviewer_profile_id");
  CREATE INDEX "_disclaimers_v_version_version_reviewer_profile_idx" ON "_disclaimers_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "clinic_profile_reviewer_profile_idx" ON "clinic_profile" USING btree ("reviewer_profile_id");
  CREATE INDEX "_clinic_profile_v_version_version_reviewer_profile_idx" ON "_clinic_profile_v" USING btree ("version_reviewer_profile_id");
  CREATE INDEX "payload_locked_documents_rels_reviewer_profiles_id_idx" ON "payload_locked_documents_rels" USING btree ("reviewer_profiles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reviewer_profiles_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviewer_profiles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviewer_profiles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reviewer_profiles_v_version_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reviewer_profiles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_reviewer_profiles_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reviewer_profiles_accepted_claims" CASCADE;
  DROP TABLE "reviewer_profiles" CASCADE;
  DROP TABLE "reviewer_profiles_rels" CASCADE;
  DROP TABLE "_reviewer_profiles_v_version_accepted_claims" CASCADE;
  DROP TABLE "_reviewer_profiles_v" CASCADE;
  DROP TABLE "_reviewer_profiles_v_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "citations" DROP CONSTRAINT "citations_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "_citations_v" DROP CONSTRAINT "_citations_v_version_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "_conditions_v" DROP CONSTRAINT "_conditions_v_version_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "clinic_profile" DROP CONSTRAINT "clinic_profile_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "_clinic_profile_v" DROP CONSTRAINT "_clinic_profile_v_version_reviewer_profile_id_reviewer_profiles_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reviewer_profiles_fk";
  
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DATA TYPE text;
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DEFAULT 'articles'::text;
  DROP TYPE "public"."enum_workflow_events_subject_type";
  CREATE TYPE "public"."enum_workflow_events_subject_type" AS ENUM('articles', 'conditions', 'disclaimers', 'citations', 'clinic-profile');
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DEFAULT 'articles'::"public"."enum_workflow_events_subject_type";
  ALTER TABLE "workflow_events" ALTER COLUMN "subject_type" SET DATA TYPE "public"."enum_workflow_events_subject_type" USING "subject_type"::"public"."enum_workflow_events_subject_type";
  ALTER TABLE "review_reminders" ALTER COLUMN "subject_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_reminders_subject_type";
  CREATE TYPE "public"."enum_review_reminders_subject_type" AS ENUM('articles', 'conditions', 'disclaimers', 'citations', 'clinic-profile');
  ALTER TABLE "review_reminders" ALTER COLUMN "subject_type" SET DATA TYPE "public"."enum_review_reminders_subject_type" USING "subject_type"::"public"."enum_review_reminders_subject_type";
  DROP INDEX "articles_reviewer_profile_idx";
  DROP INDEX "_articles_v_version_version_reviewer_profile_idx";
  DROP INDEX "citations_reviewer_profile_idx";
  DROP INDEX "_citations_v_version_version_reviewer_profile_idx";
  DROP INDEX "conditions_reviewer_profile_idx";
  DROP INDEX "_conditions_v_version_version_reviewer_profile_idx";
  DROP INDEX "disclaimers_reviewer_profile_idx";
  DROP INDEX "_disclaimers_v_version_version_reviewer_profile_idx";
  DROP INDEX "clinic_profile_reviewer_profile_idx";
  DROP INDEX "_clinic_profile_v_version_version_reviewer_profile_idx";
  DROP INDEX "payload_locked_documents_rels_reviewer_profiles_id_idx";
  ALTER TABLE "articles" DROP COLUMN "reviewer_profile_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reviewer_profile_id";
  ALTER TABLE "citations" DROP COLUMN "reviewer_profile_id";
  ALTER TABLE "_citations_v" DROP COLUMN "version_reviewer_profile_id";
  ALTER TABLE "conditions" DROP COLUMN "reviewer_profile_id";
  ALTER TABLE "_conditions_v" DROP COLUMN "version_reviewer_profile_id";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewer_profile_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewer_profile_id";
  ALTER TABLE "clinic_profile" DROP COLUMN "reviewer_profile_id";
  ALTER TABLE "_clinic_profile_v" DROP COLUMN "version_reviewer_profile_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviewer_profiles_id";
  DROP TYPE "public"."enum_reviewer_profiles_workflow_state";
  DROP TYPE "public"."enum_reviewer_profiles_status";
  DROP TYPE "public"."enum__reviewer_profiles_v_version_workflow_state";
  DROP TYPE "public"."enum__reviewer_profiles_v_version_status";`)
}
