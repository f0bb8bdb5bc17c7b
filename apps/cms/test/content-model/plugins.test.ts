/**
 * Issue 19: cross-cutting behaviour is a local plugin listed in one place (src/plugins), and each
 * collection's file says which plugins touch it. This keeps the files' word and the list in
 * agreement, and checks that a plugin really wraps what it says it touches.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { capListSize } from '../../src/hooks/capListSize'
import { invalidateOnChange, invalidateOnGlobalChange } from '../../src/hooks/invalidateResponseCache'
import { LOCAL_PLUGINS } from '../../src/plugins'

const SRC = path.resolve(import.meta.dirname, '../../src')
const PLUGINS_LINE = /^\/\/ Plugins \(src\/plugins\): (.*)\.$/m

interface Declaration {
  file: string
  kind: 'collection' | 'global'
  slug: string
  names: string[]
}

/** Every collection and global file with its first `slug:` and the plugins its comment names. */
function declarations(): Declaration[] {
  const found: Declaration[] = []
  for (const kind of ['collection', 'global'] as const) {
    const root = path.join(SRC, `${kind}s`)
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue
      const text = readFileSync(path.join(root, file), 'utf8')
      if (!/^export const \w+: (Collection|Global)Config/m.test(text)) continue
      const slug = /slug: '([a-z-]+)'/.exec(text)?.[1]
      const line = PLUGINS_LINE.exec(text)?.[1]
      found.push({
        file: `${kind}s/${file}`,
        kind,
        slug: slug ?? '?',
        names: line === undefined ? ['(no Plugins line)'] : line === 'none' ? [] : line.split(', '),
      })
    }
  }
  return found
}

let config: SanitizedConfig
beforeAll(async () => {
  config = await (await import('../../src/payload.config')).default
})

describe('local plugins', () => {
  it('are what each collection’s and global’s file says touches it, in the list’s order', () => {
    const all = declarations()
    expect(all.length).toBeGreaterThanOrEqual(17)
    for (const { file, kind, slug, names } of all) {
      const touching = LOCAL_PLUGINS.filter((entry) => (kind === 'collection' ? entry.touchesCollection(slug) : entry.touchesGlobal(slug)))
      expect(names, file).toEqual(touching.map((entry) => entry.name))
    }
  })

  it('cover every collection and global of ours with such a file', () => {
    const declared = new Set(declarations().map((d) => d.slug))
    // Payload's own (preferences, locks, migrations, jobs and their stats) are hardened apart.
    const ours = [...config.collections, ...config.globals].map((entry) => entry.slug).filter((slug) => !slug.startsWith('payload-'))
    for (const slug of ours) expect(declared.has(slug), slug).toBe(true)
  })

  it('really wrap what they say: the response cache on articles and site settings, not on leads; the list cap everywhere', () => {
    const collection = (slug: string) => config.collections.find((c) => c.slug === slug)!
    expect(collection('articles').hooks.afterChange).toContain(invalidateOnChange)
    expect(collection('leads').hooks.afterChange ?? []).not.toContain(invalidateOnChange)
    expect(config.globals.find((g) => g.slug === 'site-settings')!.hooks.afterChange).toContain(invalidateOnGlobalChange)
    for (const slug of ['articles', 'leads', 'users', 'redirects'])
      expect(collection(slug).hooks.beforeOperation, slug).toContain(capListSize)
  })
})
