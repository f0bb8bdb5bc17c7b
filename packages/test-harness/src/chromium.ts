import { existsSync } from 'node:fs'

import { runCommand } from './process'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

// Several test processes may ask at once; apt allows one installer at a time, so they queue on a lock.
const INSTALL = `
  [ -x "$CHROMIUM" ] && exit 0
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium || { apt-get update -qq && apt-get install -y -qq chromium; }
`

/**
 * Debian's Chromium, installed with apt when missing. We never download a browser build of our
 * own (`playwright install`): only the distribution's package is used.
 */
export async function ensureChromium(): Promise<string> {
  const path = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM
  if (existsSync(path)) return path
  // apt-get update and the install take about a minute here; five means the mirror is not answering.
  await runCommand('flock', ['/tmp/clinic-chromium-install.lock', 'sh', '-c', INSTALL], {
    cwd: '/',
    env: { ...process.env, CHROMIUM: path },
    timeoutMs: 5 * 60_000,
  })
  if (!existsSync(path)) throw new Error(`Chromium is still missing at ${path} after apt-get install`)
  return path
}
