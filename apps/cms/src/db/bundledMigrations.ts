import type { Migration } from 'payload'

import { migrations } from '../migrations'

/**
 * The committed migrations, imported with the code rather than read from `src/migrations` at run
 * time (which would import TypeScript files from disk). Payload types a migration's argument as
 * `unknown`; ours take the Postgres adapter's MigrateUpArgs, which is what Payload passes.
 */
export const bundledMigrations = migrations as unknown as Migration[]
