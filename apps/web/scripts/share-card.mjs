// Draws public/share-card.png, the picture link previews show for pages without their own image:
// the clinic's name on a plain background, 1200×630 (the size Open Graph and X ask for).
// Run with `node scripts/share-card.mjs` from apps/web; it uses the system Chromium through
// playwright-core, so the card is rendered here rather than downloaded.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

const name = process.argv[2] ?? 'Stemedix'
const output = fileURLToPath(new URL('../public/share-card.png', import.meta.url))
const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;display:flex;align-items:center;justify-content:center;background:#0f4c5c;color:#fff;font:bold 120px/1 sans-serif">${name}</div>
</body></html>`

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } })
  await page.setContent(html)
  await writeFile(output, await page.screenshot({ type: 'png' }))
} finally {
  await browser.close()
}
