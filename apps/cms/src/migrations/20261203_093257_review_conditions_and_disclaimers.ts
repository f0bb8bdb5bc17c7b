import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conditions_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_category" AS ENUM('neurological', 'autoimmune', 'orthopaedic', 'pulmonary', 'other');
  CREATE TYPE "public"."enum__conditions_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_disclaimers_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum_disclaimers_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclaimers_v_version_workflow_state" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished', 'archived');
  CREATE TYPE "public"."enum__disclaimers_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_workflow_events_subject_type" AS ENUM('articles', 'conditions', 'disclaimers');
  CREATE TABLE "conditions_accepted_claims" (
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
  
  CREATE TABLE "conditions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "_conditions_v_version_accepted_claims" (
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
  
  CREATE TABLE "_conditions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_category" "enum__conditions_v_version_category",
  	"version_summary" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_workflow_state" "enum__conditions_v_version_workflow_state" DEFAULT 'draft',
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
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_conditions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "disclaimers_accepted_claims" (
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
  
  CREATE TABLE "_disclaimers_v_version_accepted_claims" (
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
  
  ALTER TABLE "conditions" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "conditions" ALTER COLUMN "category" DROP NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "title" DROP NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "body" DROP NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "scope" DROP NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_title" DROP NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_body" DROP NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_scope" DROP NOT NULL;
  ALTER TABLE "conditions" ADD COLUMN "workflow_state" "enum_conditions_workflow_state" DEFAULT 'draft';
  ALTER TABLE "conditions" ADD COLUMN "reviewer_name" varchar;
  ALTER TABLE "conditions" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "conditions" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "conditions" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "conditions" ADD COLUMN "approved_by_override" boolean;
  ALTER TABLE "conditions" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "conditions" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "conditions" ADD COLUMN "claim_findings" jsonb;
  ALTER TABLE "conditions" ADD COLUMN "_status" "enum_conditions_status" DEFAULT 'draft';
  ALTER TABLE "disclaimers" ADD COLUMN "workflow_state" "enum_disclaimers_workflow_state" DEFAULT 'draft';
  ALTER TABLE "disclaimers" ADD COLUMN "reviewer_name" varchar;
  ALTER TABLE "disclaimers" ADD COLUMN "reviewed_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "next_review_due" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "approved_by_override" boolean;
  ALTER TABLE "disclaimers" ADD COLUMN "scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "disclaimers" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "disclaimers" ADD COLUMN "claim_findings" jsonb;
  ALTER TABLE "disclaimers" ADD COLUMN "_status" "enum_disclaimers_status" DEFAULT 'draft';
  ALTER TABLE "disclaimers_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_workflow_state" "enum__disclaimers_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewer_name" varchar;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewed_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_next_review_due" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_approved_by_override" boolean;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_scheduled_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version_claim_findings" jsonb;
  ALTER TABLE "_disclaimers_v" ADD COLUMN "version__status" "enum__disclaimers_v_version_status" DEFAULT 'draft';
  ALTER TABLE "_disclaimers_v" ADD COLUMN "latest" boolean;
  ALTER TABLE "_disclaimers_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "workflow_events" ADD COLUMN "subject_type" "enum_workflow_events_subject_type" DEFAULT 'articles';
  ALTER TABLE "workflow_events" ADD COLUMN "subject_id" numeric;
  ALTER TABLE "conditions_accepted_claims" ADD CONSTRAINT "conditions_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions_accepted_claims" ADD CONSTRAINT "conditions_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_accepted_claims" ADD CONSTRAINT "_conditions_v_version_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_accepted_claims" ADD CONSTRAINT "_conditions_v_version_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclaimers_accepted_claims" ADD CONSTRAINT "disclaimers_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_accepted_claims" ADD CONSTRAINT "disclaimers_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclaimers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_accepted_claims" ADD CONSTRAINT "_disclaimers_v_version_accepted_claims_accepted_by_id_users_id_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_version_accepted_claims" ADD CONSTRAINT "_disclaimers_v_version_accepted_claims_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclaimers_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_accepted_claims_order_idx" ON "conditions_accepted_claims" USING btree ("_order");
  CREATE INDEX "conditions_accepted_claims_parent_id_idx" ON "conditions_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "conditions_accepted_claims_accepted_by_idx" ON "conditions_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "conditions_rels_order_idx" ON "conditions_rels" USING btree ("order");
  CREATE INDEX "conditions_rels_parent_idx" ON "conditions_rels" USING btree ("parent_id");
  CREATE INDEX "conditions_rels_path_idx" ON "conditions_rels" USING btree ("path");
  CREATE INDEX "conditions_rels_users_id_idx" ON "conditions_rels" USING btree ("users_id");
  CREATE INDEX "_conditions_v_version_accepted_claims_order_idx" ON "_conditions_v_version_accepted_claims" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_accepted_claims_parent_id_idx" ON "_conditions_v_version_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_accepted_claims_accepted_by_idx" ON "_conditions_v_version_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_name_idx" ON "_conditions_v" USING btree ("version_name");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_workflow_state_idx" ON "_conditions_v" USING btree ("version_workflow_state");
  CREATE INDEX "_conditions_v_version_version_reviewed_by_idx" ON "_conditions_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_conditions_v_version_version_next_review_due_idx" ON "_conditions_v" USING btree ("version_next_review_due");
  CREATE INDEX "_conditions_v_version_version_scheduled_by_idx" ON "_conditions_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_rels_order_idx" ON "_conditions_v_rels" USING btree ("order");
  CREATE INDEX "_conditions_v_rels_parent_idx" ON "_conditions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_rels_path_idx" ON "_conditions_v_rels" USING btree ("path");
  CREATE INDEX "_conditions_v_rels_users_id_idx" ON "_conditions_v_rels" USING btree ("users_id");
  CREATE INDEX "disclaimers_accepted_claims_order_idx" ON "disclaimers_accepted_claims" USING btree ("_order");
  CREATE INDEX "disclaimers_accepted_claims_parent_id_idx" ON "disclaimers_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "disclaimers_accepted_claims_accepted_by_idx" ON "disclaimers_accepted_claims" USING btree ("accepted_by_id");
  CREATE INDEX "_disclaimers_v_version_accepted_claims_order_idx" ON "_disclaimers_v_version_accepted_claims" USING btree ("_order");
  CREATE INDEX "_disclaimers_v_version_accepted_claims_parent_id_idx" ON "_disclaimers_v_version_accepted_claims" USING btree ("_parent_id");
  CREATE INDEX "_disclaimers_v_version_accepted_claims_accepted_by_idx" ON "_disclaimers_v_version_accepted_claims" USING btree ("accepted_by_id");
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "conditions" ADD CONSTRAINT "conditions_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers" ADD CONSTRAINT "disclaimers_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclaimers_rels" ADD CONSTRAINT "disclaimers_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v" ADD CONSTRAINT "_disclaimers_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclaimers_v_rels" ADD CONSTRAINT "_disclaimers_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "conditions_workflow_state_idx" ON "conditions" USING btree ("workflow_state");
  CREATE INDEX "conditions_reviewed_by_idx" ON "conditions" USING btree ("reviewed_by_id");
  CREATE INDEX "conditions_next_review_due_idx" ON "conditions" USING btree ("next_review_due");
  CREATE INDEX "conditions_scheduled_by_idx" ON "conditions" USING btree ("scheduled_by_id");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE INDEX "disclaimers_workflow_state_idx" ON "disclaimers" USING btree ("workflow_state");
  CREATE INDEX "disclaimers_reviewed_by_idx" ON "disclaimers" USING btree ("reviewed_by_id");
  CREATE INDEX "disclaimers_next_review_due_idx" ON "disclaimers" USING btree ("next_review_due");
  CREATE INDEX "disclaimers_scheduled_by_idx" ON "disclaimers" USING btree ("scheduled_by_id");
  CREATE INDEX "disclaimers__status_idx" ON "disclaimers" USING btree ("_status");
  CREATE INDEX "disclaimers_rels_users_id_idx" ON "disclaimers_rels" USING btree ("users_id");
  CREATE INDEX "_disclaimers_v_version_version_workflow_state_idx" ON "_disclaimers_v" USING btree ("version_workflow_state");
  CREATE INDEX "_disclaimers_v_version_version_reviewed_by_idx" ON "_disclaimers_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_disclaimers_v_version_version_next_review_due_idx" ON "_disclaimers_v" USING btree ("version_next_review_due");
  CREATE INDEX "_disclaimers_v_version_version_scheduled_by_idx" ON "_disclaimers_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_disclaimers_v_version_version__status_idx" ON "_disclaimers_v" USING btree ("version__status");
  CREATE INDEX "_disclaimers_v_latest_idx" ON "_disclaimers_v" USING btree ("latest");
  CREATE INDEX "_disclaimers_v_rels_users_id_idx" ON "_disclaimers_v_rels" USING btree ("users_id");
  CREATE INDEX "workflow_events_subject_id_idx" ON "workflow_events" USING btree ("subject_id");`)

  // Issue 14: what visitors already read stays live, recorded as approved by this migration (an
  // override, so the trust audit lists it and no one is named as its medical reviewer), and every
  // earlier trail entry is an article's.
  await db.execute(sql`
  UPDATE "workflow_events" SET "subject_type" = 'articles', "subject_id" = "article_id" WHERE "article_id" IS NOT NULL;
  UPDATE "conditions" SET "_status" = 'published', "workflow_state" = 'published', "approved_by_override" = true, "reviewed_at" = now();
  UPDATE "disclaimers" SET "_status" = 'published', "workflow_state" = 'published', "approved_by_override" = true, "reviewed_at" = now();
  INSERT INTO "workflow_events" ("subject_type", "subject_id", "article_title", "action", "from", "to", "actor_name", "comment", "summary", "updated_at", "created_at")
    SELECT 'conditions', "id", "name", 'override_approve', 'published', 'published', 'Migration', 'Live before conditions were reviewed: kept live and recorded as approved by the migration.', 'Approve by admin override: Published', now(), now() FROM "conditions";
  INSERT INTO "workflow_events" ("subject_type", "subject_id", "article_title", "action", "from", "to", "actor_name", "comment", "summary", "updated_at", "created_at")
    SELECT 'disclaimers', "id", "title", 'override_approve', 'published', 'published', 'Migration', 'Live before disclaimers were reviewed: kept live and recorded as approved by the migration.', 'Approve by admin override: Published', now(), now() FROM "disclaimers";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "conditions_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "conditions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_version_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_conditions_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclaimers_accepted_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_disclaimers_v_version_accepted_claims" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "conditions_accepted_claims" CASCADE;
  DROP TABLE "conditions_rels" CASCADE;
  DROP TABLE "_conditions_v_version_accepted_claims" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_rels" CASCADE;
  DROP TABLE "disclaimers_accepted_claims" CASCADE;
  DROP TABLE "_disclaimers_v_version_accepted_claims" CASCADE;
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "conditions" DROP CONSTRAINT "conditions_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers" DROP CONSTRAINT "disclaimers_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "disclaimers_rels" DROP CONSTRAINT "disclaimers_rels_users_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_reviewed_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v" DROP CONSTRAINT "_disclaimers_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_disclaimers_v_rels" DROP CONSTRAINT "_disclaimers_v_rels_users_fk";
  
  DROP INDEX "conditions_workflow_state_idx";
  DROP INDEX "conditions_reviewed_by_idx";
  DROP INDEX "conditions_next_review_due_idx";
  DROP INDEX "conditions_scheduled_by_idx";
  DROP INDEX "conditions__status_idx";
  DROP INDEX "disclaimers_workflow_state_idx";
  DROP INDEX "disclaimers_reviewed_by_idx";
  DROP INDEX "disclaimers_next_review_due_idx";
  DROP INDEX "disclaimers_scheduled_by_idx";
  DROP INDEX "disclaimers__status_idx";
  DROP INDEX "disclaimers_rels_users_id_idx";
  DROP INDEX "_disclaimers_v_version_version_workflow_state_idx";
  DROP INDEX "_disclaimers_v_version_version_reviewed_by_idx";
  DROP INDEX "_disclaimers_v_version_version_next_review_due_idx";
  DROP INDEX "_disclaimers_v_version_version_scheduled_by_idx";
  DROP INDEX "_disclaimers_v_version_version__status_idx";
  DROP INDEX "_disclaimers_v_latest_idx";
  DROP INDEX "_disclaimers_v_rels_users_id_idx";
  DROP INDEX "workflow_events_subject_id_idx";
  ALTER TABLE "conditions" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "conditions" ALTER COLUMN "category" SET NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "title" SET NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "body" SET NOT NULL;
  ALTER TABLE "disclaimers" ALTER COLUMN "scope" SET NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_title" SET NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_body" SET NOT NULL;
  ALTER TABLE "_disclaimers_v" ALTER COLUMN "version_scope" SET NOT NULL;
  ALTER TABLE "conditions" DROP COLUMN "workflow_state";
  ALTER TABLE "conditions" DROP COLUMN "reviewer_name";
  ALTER TABLE "conditions" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "conditions" DROP COLUMN "reviewed_at";
  ALTER TABLE "conditions" DROP COLUMN "next_review_due";
  ALTER TABLE "conditions" DROP COLUMN "approved_by_override";
  ALTER TABLE "conditions" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "conditions" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "conditions" DROP COLUMN "claim_findings";
  ALTER TABLE "conditions" DROP COLUMN "_status";
  ALTER TABLE "disclaimers" DROP COLUMN "workflow_state";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewer_name";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewed_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "reviewed_at";
  ALTER TABLE "disclaimers" DROP COLUMN "next_review_due";
  ALTER TABLE "disclaimers" DROP COLUMN "approved_by_override";
  ALTER TABLE "disclaimers" DROP COLUMN "scheduled_publish_at";
  ALTER TABLE "disclaimers" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "disclaimers" DROP COLUMN "claim_findings";
  ALTER TABLE "disclaimers" DROP COLUMN "_status";
  ALTER TABLE "disclaimers_rels" DROP COLUMN "users_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewer_name";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewed_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_reviewed_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_next_review_due";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_approved_by_override";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_scheduled_publish_at";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version_claim_findings";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "version__status";
  ALTER TABLE "_disclaimers_v" DROP COLUMN "latest";
  ALTER TABLE "_disclaimers_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "workflow_events" DROP COLUMN "subject_type";
  ALTER TABLE "workflow_events" DROP COLUMN "subject_id";
  DROP TYPE "public"."enum_conditions_workflow_state";
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_category";
  DROP TYPE "public"."enum__conditions_v_version_workflow_state";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum_disclaimers_workflow_state";
  DROP TYPE "public"."enum_disclaimers_status";
  DROP TYPE "public"."enum__disclaimers_v_version_workflow_state";
  DROP TYPE "public"."enum__disclaimers_v_version_status";
  DROP TYPE "public"."enum_workflow_events_subject_type";`)
}
