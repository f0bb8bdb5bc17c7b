import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../apps/cms')

/**
 * The CMS's committed migrations, applied by its own script (as `pnpm start` does), so the tables
 * the generator fills are exactly the ones the CMS will read.
 */
export function applyCmsMigrations(databaseUrl: string): void {
  try {
    execFileSync('pnpm', ['exec', 'tsx', 'scripts/prepare.ts'], {
      cwd: CMS_DIR,
      env: { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'benchmark-migrations-only', LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    throw new Error(`Applying the CMS migrations failed:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error })
  }
}
