import { mkdir, mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { createDatabase, databaseUrl, dropDatabase } from '@clinic/dev-postgres'

import { bundleCmsFile, CMS_DIR, runNode } from '../helpers/nodeScripts'
import { CURRENT_SITE_FILE, repoRoot } from './helpers'

const serverUrl = inject('postgresServerUrl')
const name = `clinic_test_cli_${randomBytes(6).toString('hex')}`

let importScript: string
let mediaDir: string
let uploads: string
beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), 'clinic-media-'))
  // The WordPress site's wp-content/uploads, holding the genuine export's image.
  uploads = await mkdtemp(path.join(tmpdir(), 'wp-uploads-'))
  await mkdir(path.join(uploads, '2008/06'), { recursive: true })
  await sharp({ create: { width: 320, height: 200, channels: 3, background: '#c9b037' } })
    .jpeg()
    .toFile(path.join(uploads, '2008/06/canola2.jpg'))
  await createDatabase(serverUrl, name, inject('templateDatabase'))
  importScript = await bundleCmsFile('scripts/import-legacy.ts')
})
afterAll(async () => {
  await dropDatabase(serverUrl, name)
})

/** `pnpm --filter @clinic/cms import:legacy <file>` against this test's database. */
async function runImport(...files: string[]) {
  const result = await runNode([importScript, ...files], {
    env: { ...process.env, DATABASE_URL: databaseUrl(serverUrl, name), LOG_LEVEL: 'fatal', MEDIA_DIR: mediaDir },
    timeoutMs: 120_000,
    allowFailure: true,
  })
  return { status: result.code, stdout: result.stdout, stderr: result.stderr }
}

/** The final table's rows: between the dashes under the header and the first blank line. */
function tableRows(stdout: string): string[][] {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => /^-+\s+-+/.test(line))
  const end = lines.indexOf('', start)
  return lines.slice(start + 1, end).map((line) => line.split(/\s{2,}/))
}

describe('pnpm --filter @clinic/cms import:legacy', () => {
  it('imports the file, printing progress and a table of the 21 pages; a second run creates nothing', async () => {
    const first = await runImport(CURRENT_SITE_FILE)
    expect(first.status, first.stdout + first.stderr).toBe(0)
    expect(first.stderr).toBe('')
    expect(first.stdout).toContain('[3/21] research summary “Human umbilical cord mesenchymal stem cells promoting knee …” … created')
    const rows = tableRows(first.stdout)
    expect(rows).toHaveLength(21)
    expect(rows[0]).toEqual(['1', 'condition-guide', 'Stem cell therapy for spinal cord injury', 'created', '3'])
    expect(rows.filter((row) => row[3] === 'created')).toHaveLength(7)
    expect(rows.filter((row) => row[1] === 'chrome' && row[3] === 'skipped')).toHaveLength(14)

    const second = await runImport(CURRENT_SITE_FILE)
    expect(second.status, second.stdout + second.stderr).toBe(0)
    const again = tableRows(second.stdout)
    expect(again).toHaveLength(21)
    expect(again.map((row) => row[3])).not.toContain('created')
    expect(again.find((row) => row[1] === 'site-disclaimer')![3]).toBe('reused')
    expect(second.stdout).toMatch(/already imported \(article \d+\)/)
  }, 240_000)

  it('imports genuine WordPress exports (.xml), each in its own transaction; a second run creates nothing', async () => {
    const wxr = (name: string) => path.join(repoRoot, 'packages/legacy-import/test/fixtures/wxr', name)
    const missing = await runImport('--uploads', path.join(uploads, 'nowhere'), wxr('valid-wxr-1.1.xml'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/--uploads .*nowhere: not a folder/)

    const first = await runImport('--uploads', uploads, wxr('valid-wxr-1.1.xml'), wxr('wxr-flat-attachment-same-site.xml'))
    expect(first.status, first.stdout + first.stderr).toBe(0)
    // Its image, read from the uploads folder into Media with the export's alt text.
    expect(first.stdout).toMatch(/canola2\.jpg imported into Media \(\d+\) with alt text "canola"/)
    const mediaFiles = await readdir(mediaDir)
    expect(mediaFiles).toContain('wp-2008-06-canola2.jpg')
    expect(first.stdout).toContain('Importing valid-wxr-1.1.xml…')
    expect(first.stdout).toMatch(/\[1\/2\] lifestyle post “Hello world!” … created/)
    expect(first.stdout).toMatch(/\[1\/1\] lifestyle post “Post with Attachment” … created/)
    expect(first.stdout).toMatch(/redirect from \/2011\/01\/10\/post-with-attachment \(applies once published\)/)

    const second = await runImport('--uploads', uploads, wxr('wxr-flat-attachment-same-site.xml'))
    expect(second.status, second.stdout + second.stderr).toBe(0)
    expect(tableRows(second.stdout).map((row) => row[3])).toEqual(['skipped'])
    expect(await readdir(mediaDir)).toEqual(mediaFiles)
  }, 240_000)

  it('refuses a file that is not a site export with its message and a non-zero exit code', async () => {
    const refused = await runImport(path.join(CMS_DIR, 'package.json'))
    expect(refused.status, refused.stdout + refused.stderr).toBe(1)
    expect(refused.stderr).toMatch(/Refused package\.json: /)
  }, 120_000)
})
