import path from 'node:path'

/**
 * The environment for a Next.js server process with scripts/client-address.ts preloaded (built by
 * `pnpm build:scripts` next to the other bundles), so X-Forwarded-For holds the address the
 * connection proves before any route reads it.
 */
export function withClientAddressPreload(env: NodeJS.ProcessEnv, appDir: string): NodeJS.ProcessEnv {
  const preload = path.join(appDir, 'dist/scripts/client-address.bundle.mjs')
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(' ') }
}
