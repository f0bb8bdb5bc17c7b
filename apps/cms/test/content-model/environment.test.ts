/**
 * Issue 19: every variable the CMS reads is in one table (src/env.ts), and the README's
 * configuration table says the same: the same names for the CMS, with the same defaults.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { readmeVariables } from '@clinic/env'

import { CMS_ENVIRONMENT } from '../../src/env'

const README = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8')

describe('the CMS’s environment', () => {
  it('is documented in the README exactly as the code declares it', () => {
    const documented = readmeVariables(README, 'cms')
    const declared = new Map(Object.values(CMS_ENVIRONMENT).map((entry) => [entry.name, entry.readmeDefault]))
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort())
    for (const [name, readmeDefault] of declared) expect(documented.get(name), name).toBe(readmeDefault)
  })
})
