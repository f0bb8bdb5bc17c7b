import type { CollectionConfig, Config, GlobalConfig, Plugin } from 'payload'

/**
 * Behaviour that cuts across collections, as a Payload plugin that says which collections and
 * globals it touches. The list in ./index.ts is the one place to see them all; each collection's
 * index.ts names the ones that touch it (a test keeps the two in agreement).
 */
export interface LocalPlugin {
  /** How the collections' index files name it. */
  name: string
  touchesCollection(slug: string): boolean
  touchesGlobal(slug: string): boolean
  plugin: Plugin
}

interface LocalPluginOptions {
  name: string
  /** The collections it wraps: their slugs, or every collection of ours. */
  collections: readonly string[] | 'all'
  collection: (collection: CollectionConfig) => CollectionConfig
  globals?: readonly string[]
  global?: (global: GlobalConfig) => GlobalConfig
}

export function localPlugin(options: LocalPluginOptions): LocalPlugin {
  const touchesCollection = (slug: string) => options.collections === 'all' || options.collections.includes(slug)
  const touchesGlobal = (slug: string) => Boolean(options.global && options.globals?.includes(slug))
  // Plugins run before Payload adds its own collections (preferences, locks, migrations, jobs):
  // "all" means all of ours.
  const plugin = (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      touchesCollection(collection.slug) ? options.collection(collection) : collection,
    ),
    globals: config.globals?.map((global) => (options.global && touchesGlobal(global.slug) ? options.global(global) : global)),
  })
  return { name: options.name, touchesCollection, touchesGlobal, plugin }
}
