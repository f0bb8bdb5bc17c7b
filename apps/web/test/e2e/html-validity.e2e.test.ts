import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, inject, it } from 'vitest'

import { runCommand } from '@clinic/test-harness'

import { PAGE_TYPES } from './pageTypes'

const webUrl = inject('webUrl')
const require = createRequire(import.meta.url)
/** vnu-jar's main module exports the path of its vnu.jar (as a String object). */
const VNU_JAR = String(require('vnu-jar') as string)
const dir = mkdtempSync(path.join(tmpdir(), 'html-validity-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface VnuMessage {
  type: string
  url?: string
  lastLine?: number
  message: string
  extract?: string
}

describe('every page type is valid HTML (Nu Html Checker)', () => {
  it('has no errors on any page', async () => {
    const files: string[] = []
    for (const [name, pagePath, status] of PAGE_TYPES) {
      const response = await fetch(`${webUrl}${pagePath}`)
      expect(response.status, pagePath).toBe(status)
      const file = path.join(dir, `${name}.html`)
      writeFileSync(file, await response.text())
      files.push(file)
    }
    // vnu exits non-zero when it finds errors; the JSON on stdout says which.
    const result = await runCommand('java', ['-jar', VNU_JAR, '--stdout', '--format', 'json', '--errors-only', ...files], {
      cwd: dir,
      timeoutMs: 120_000,
      allowFailure: true,
    })
    const report = JSON.parse(result.stdout) as { messages: VnuMessage[] }
    const errors = report.messages.map(
      (m) => `${path.basename(decodeURIComponent(m.url ?? '?'))}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`,
    )
    expect(errors).toEqual([])
    expect(result.code).toBe(0)
  })
})
