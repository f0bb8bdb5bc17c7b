/**
 * Issue 19: every variable the CMS reads is in one table (src/env.ts), and the README's
 * configuration table says the same: the same names for the CMS, with the same defaults.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readmeVariables } from '@clinic/env'

import { CMS_ENVIRONMENT, readSetting } from '../../src/envTable'

const README = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8')

describe('the CMS’s environment', () => {
  it('is documented in the README exactly as the code declares it', () => {
    const documented = readmeVariables(README, 'cms')
    const declared = new Map(Object.values(CMS_ENVIRONMENT).map((entry) => [entry.name, entry.readmeDefault]))
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort())
    for (const [name, readmeDefault] of declared) expect(documented.get(name), name).toBe(readmeDefault)
  })

  it('reads a setting used later from the same table, with its default and a message naming a bad value', () => {
    expect(readSetting('jobsAutorun', {})).toBe(true)
    expect(readSetting('jobsAutorun', { JOBS_AUTORUN: 'false' })).toBe(false)
    expect(() => readSetting('jobsAutorun', { JOBS_AUTORUN: 'off' })).toThrow('JOBS_AUTORUN must be "true" or "false" (got "off")')
    expect(readSetting('trustProxy', { TRUST_PROXY: '2' })).toBe(2)
    expect(() => readSetting('trustProxy', { TRUST_PROXY: 'many' })).toThrow(/TRUST_PROXY must be true, false or the number of proxies/)
    expect(readSetting('reviewReminderDays', {})).toBe(30)
    expect(() => readSetting('reviewReminderDays', { REVIEW_REMINDER_DAYS: '0' })).toThrow(
      /REVIEW_REMINDER_DAYS must be a whole number of days above 0/,
    )
    expect(() => readSetting('retractionCheckCron', { RETRACTION_CHECK_CRON: 'weekly' })).toThrow(
      /RETRACTION_CHECK_CRON must be a cron expression/,
    )
    expect(readSetting('leadsNewsletterPath', {})).toBe('/newsletter')
  })
})
