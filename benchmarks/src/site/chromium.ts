import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CHROMIUM_FLAGS, ensureChromium, startProcess } from '@clinic/test-harness'

/** Headless Debian Chromium for Lighthouse, on a machine that reaches nothing beyond loopback. */
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS]

export interface DebuggableChromium {
  /** Its DevTools port, for Lighthouse's `port` flag. */
  port: number
  version: string
  stop(): Promise<void>
}

/**
 * Starts Chromium with a DevTools port of the OS's choosing (it writes the port into
 * DevToolsActivePort in its profile) and a throwaway profile; `stop` ends its whole process group.
 */
export async function startDebuggableChromium(): Promise<DebuggableChromium> {
  const profile = await mkdtemp(path.join(tmpdir(), 'clinic-lighthouse-chromium-'))
  const chromium = startProcess(
    await ensureChromium(),
    [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      cwd: profile,
      env: process.env,
    },
  )
  const stop = async () => {
    await chromium.stop()
    await rm(profile, { recursive: true, force: true })
  }
  try {
    const port = await readDevToolsPort(path.join(profile, 'DevToolsActivePort'), chromium)
    const version = ((await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser: string }).Browser
    return { port, version, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Waits for Chromium to announce its port, or to exit, whichever comes first. */
async function readDevToolsPort(file: string, chromium: ReturnType<typeof startProcess>): Promise<number> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (chromium.child.exitCode !== null)
      throw new Error(`Chromium exited (${chromium.child.exitCode}) before opening DevTools:\n${chromium.output()}`)
    const port = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0
    if (port > 0) return port
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Chromium did not open its DevTools port within 30 s:\n${chromium.output()}`)
}
