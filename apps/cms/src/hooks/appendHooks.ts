import type { CollectionConfig, GlobalConfig } from 'payload'

/** Adds hooks after a collection's or global's own, keeping every hook it already has. */
export function appendHooks<T extends CollectionConfig | GlobalConfig>(config: T, added: NonNullable<T['hooks']>): T {
  const hooks: Record<string, unknown[] | undefined> = { ...config.hooks }
  for (const [name, list] of Object.entries(added) as [string, unknown[]][]) hooks[name] = [...(hooks[name] ?? []), ...list]
  return { ...config, hooks }
}
