/**
 * `pnpm --filter @clinic/cms import:legacy [--uploads <wp-content/uploads>] <file…>`: imports plain-text exports of the current site or WordPress exports (.xml)
 * into the dev database (DATABASE_URL, else the embedded PostgreSQL in .data/, as `pnpm dev` uses),
 * after applying its migrations. Each file is imported in one transaction: all of it or nothing.
 * Prints one line per page as it goes and a table at the end; exits 1 when a file is refused.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startDevDatabase } from '@clinic/dev-postgres'

import { deadlineSeconds, exitAfter } from './lib/deadline'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const USAGE =
  'usage: pnpm --filter @clinic/cms import:legacy [--uploads <wp-content/uploads folder>] <export.txt|wordpress-export.xml> [more…]'
// Paths are taken from where the command was typed (pnpm --filter runs in apps/cms).
const fromCaller = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)
const args = process.argv.slice(2)
const uploadsAt = args.indexOf('--uploads')
// A WordPress site's uploads folder: its images are read from there, never fetched from the old site.
const uploadsDir = uploadsAt >= 0 ? args[uploadsAt + 1] : undefined
if (uploadsAt >= 0) args.splice(uploadsAt, 2)
const files = args
if (files.length === 0 || (uploadsAt >= 0 && !uploadsDir)) {
  console.error(USAGE)
  process.exit(2)
}
if (uploadsDir && !(await stat(fromCaller(uploadsDir)).catch(() => null))?.isDirectory()) {
  console.error(`--uploads ${uploadsDir}: not a folder. Give the WordPress site's wp-content/uploads folder.`)
  process.exit(2)
}

// A large export takes minutes; an hour means something is stuck.
exitAfter(deadlineSeconds('IMPORT_TIMEOUT_SECONDS', 3600), 'The import')
const database = await startDevDatabase({ dataDir: path.join(appDir, '.data', 'postgres'), databaseName: 'clinic' })
process.env.DATABASE_URL = database.url
console.log(database.embedded ? `[import] embedded PostgreSQL at ${database.url}` : '[import] using DATABASE_URL')

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { closePayload } = await import('../src/utilities/closePayload')
const { bundledMigrations } = await import('../src/db/bundledMigrations')
const { formatReport, importExportFile, progressLine } = await import('../src/import')

const payload = await getPayload({ config })
let exitCode = 0
try {
  await payload.db.migrate({ migrations: bundledMigrations })
  for (const file of files) {
    const fileName = path.basename(file)
    console.log(`\nImporting ${fileName}…`)
    const bytes = await readFile(fromCaller(file))
    const report = await importExportFile(payload, {
      data: bytes,
      fileName,
      ...(uploadsDir ? { uploadsDir: fromCaller(uploadsDir) } : {}),
      onPage: (outcome, done, total) => console.log(progressLine(outcome, done, total)),
    })
    if (report.ok) console.log(`\n${formatReport(report)}`)
    else {
      console.error(formatReport(report))
      exitCode = 1
    }
  }
} catch (error) {
  console.error(
    `The import failed and nothing from the file being imported was stored: ${error instanceof Error ? error.message : String(error)}`,
  )
  exitCode = 1
} finally {
  await closePayload(payload)
  await database.stop()
}
process.exit(exitCode)
