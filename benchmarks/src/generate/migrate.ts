import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { NODE_FLAGS } from '@clinic/node-scripts'
import { runCommand } from '@clinic/test-harness'

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/cms')

/**
 * The CMS's committed migrations, applied by its own built script (as `pnpm start` does), so the
 * tables the generator fills are exactly the ones the CMS will read.
 */
export async function applyCmsMigrations(databaseUrl: string): Promise<void> {
  await runCommand('node', [...NODE_FLAGS, 'dist/scripts/prepare.mjs'], {
    cwd: CMS_DIR,
    env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'benchmark-migrations-only', LOG_LEVEL: 'warn' },
    timeoutMs: 120_000,
  })
}
