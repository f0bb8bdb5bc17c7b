import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj, UpdateJobsArgs } from 'payload'

/**
 * Makes claiming a job atomic, so that when several CMS instances run the same queue (each with
 * `jobs.autoRun`, on the same cron ticks) every job runs on exactly one of them.
 *
 * Payload 3.90's runner claims work by reading due jobs (`processing = false`) and then writing
 * `processing = true` to each row it read, with nothing in the write re-checking the row. Two
 * runners that read at the same moment both "claim" the same job and both run it: a scheduled
 * article published twice, a webhook delivered twice (test/scale-out/job-claims.test.ts shows it).
 *
 * Here the claim (an update of due jobs to `processing: true`, never by id) first flips the rows
 * with one compare-and-set on the primary — `UPDATE … SET processing = true WHERE id IN (…) AND
 * processing = false … RETURNING id` — which PostgreSQL's row locks let only one runner win per
 * row; then Payload's own update runs on just the rows this runner won, so everything it returns
 * and does afterwards is unchanged.
 */
export function withAtomicJobClaims(adapterObj: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> {
  return {
    ...adapterObj,
    init(args) {
      const adapter = adapterObj.init(args)
      const updateJobs = adapter.updateJobs.bind(adapter)
      adapter.updateJobs = async (claimArgs: UpdateJobsArgs) => {
        if (!isClaim(claimArgs)) return updateJobs(claimArgs)
        const candidates = await adapter.find({
          collection: 'payload-jobs',
          where: claimArgs.where,
          limit: claimArgs.limit,
          sort: claimArgs.sort,
          pagination: false,
          req: claimArgs.req,
        })
        const ids = candidates.docs.map((job) => Number(job.id)).filter(Number.isInteger)
        if (ids.length === 0) return []
        const primary = adapter.primaryDrizzle ?? adapter.drizzle
        const won = await primary.execute<{ id: number }>(sql`
          update "payload_jobs" set "processing" = true, "updated_at" = now()
          where "id" in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})
            and "processing" = false and "completed_at" is null and "has_error" is not true
          returning "id"`)
        const wonIds = won.rows.map((row) => Number(row.id))
        if (wonIds.length === 0) return []
        return updateJobs({ ...claimArgs, where: { id: { in: wonIds } }, limit: wonIds.length })
      }
      return adapter
    },
  }
}

/** The runner's claim: due jobs (by a query, not an id) set to processing and nothing else. */
function isClaim(args: UpdateJobsArgs): args is UpdateJobsArgs & { where: NonNullable<UpdateJobsArgs['where']> } {
  if (args.id !== undefined || !args.where) return false
  const fields = Object.keys(args.data).filter((key) => key !== 'updatedAt')
  return fields.length === 1 && args.data.processing === true
}
