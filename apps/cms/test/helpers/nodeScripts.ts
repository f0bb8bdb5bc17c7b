import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { bundleNodeScripts, NODE_FLAGS } from '@clinic/node-scripts'
import { type CommandResult, runCommand } from '@clinic/test-harness'

export const CMS_DIR = path.resolve(import.meta.dirname, '../..')

/**
 * Bundles a TypeScript file of the CMS (a script, or a test's helper process) to JavaScript under
 * `dist/`, as `pnpm build` does for the real scripts, and returns the launcher's path. Tests run
 * child processes from bundles, never through a runtime TypeScript loader.
 */
export async function bundleCmsFile(relativePath: string): Promise<string> {
  const [launcher] = await bundleNodeScripts({ entryPoints: [relativePath], outdir: 'dist', cwd: CMS_DIR })
  return fileURLToPath(launcher!)
}

/** `node <args>` with the flags every bundle needs, a deadline, and the CMS folder as cwd. */
export function runNode(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number; allowFailure?: boolean },
): Promise<CommandResult> {
  return runCommand('node', [...NODE_FLAGS, ...args], { cwd: CMS_DIR, ...options })
}
