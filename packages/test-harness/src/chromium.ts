import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

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
export function ensureChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM
  if (existsSync(path)) return path
  execFileSync('flock', ['/tmp/clinic-chromium-install.lock', 'sh', '-c', INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM: path },
  })
  if (!existsSync(path)) throw new Error(`Chromium is still missing at ${path} after apt-get install`)
  return path
}
