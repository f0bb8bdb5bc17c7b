import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

/** Where browser tests leave screenshots for people to look at (git-ignored, made on first use). */
export function screenshotsDir(): string {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../artifacts/screenshots')
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Signs in through the admin's own login form and waits until it has left the login page. */
export async function signInToAdmin(page: Page, cmsUrl: string, account: { email: string; password: string }) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Password').fill(account.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}
