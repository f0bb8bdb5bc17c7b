/**
 * Issue 19: every variable the site's server reads is in one table (server/config.ts), and the
 * README's configuration table says the same: the same names for the site, with the same defaults.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readmeVariables } from '@clinic/env'

import { readConfig, SITE_ENVIRONMENT } from '../../server/config'

const README = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8')

describe('the site’s environment', () => {
  it('is documented in the README exactly as the code reads it', () => {
    const documented = readmeVariables(README, 'web')
    const declared = new Map(Object.values(SITE_ENVIRONMENT).map((entry) => [entry.name, entry.readmeDefault]))
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort())
    for (const [name, readmeDefault] of declared) expect(documented.get(name), name).toBe(readmeDefault)
  })

  it('falls back as the README says, and stops on a bad value naming it', () => {
    expect(readConfig({})).toEqual({
      port: 5173,
      cmsServerUrl: 'http://localhost:3000',
      cmsPublicUrl: 'http://localhost:3000',
      siteUrl: 'http://localhost:5173',
      pageCacheMaxBytes: 67108864,
      pageCachePollMs: 250,
    })
    const split = readConfig({ VITE_CMS_URL: 'https://cms.example.org/', CMS_URL: 'http://cms:3000', PORT: '8080' })
    expect(split).toMatchObject({
      cmsPublicUrl: 'https://cms.example.org',
      cmsServerUrl: 'http://cms:3000',
      siteUrl: 'http://localhost:8080',
    })
    expect(readConfig({ VITE_CMS_URL: 'https://cms.example.org' }).cmsServerUrl).toBe('https://cms.example.org')
    expect(() => readConfig({ PAGE_CACHE_POLL_MS: '5000' })).toThrow(
      'PAGE_CACHE_POLL_MS must be a whole number from 50 to 1000 (got "5000").',
    )
    expect(() => readConfig({ PAGE_CACHE_MAX_BYTES: '64MB' })).toThrow('PAGE_CACHE_MAX_BYTES must be a whole number ≥ 0 (got "64MB").')
    expect(() => readConfig({ SITE_URL: 'clinic.example.org' })).toThrow('SITE_URL must be an http:// or https:// address')
  })
})
