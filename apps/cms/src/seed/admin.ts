import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { readSetting } from '../envTable'

/** The dev admin: from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, or generated and printed once. */
export async function seedAdmin(payload: Payload) {
  const email = readSetting('seedAdminEmail')
  const chosen = readSetting('seedAdminPassword')
  const generated = !chosen
  const password = chosen || randomBytes(12).toString('base64url')
  const admin = await payload.create({
    collection: 'users',
    data: { email, password, name: 'Dev Admin', roles: ['admin'] },
    overrideAccess: true,
  })
  const shown = generated ? `${password}   (generated; shown only this once)` : '(from SEED_ADMIN_PASSWORD)'
  console.log(`\n  Dev admin created\n    e-mail:   ${email}\n    password: ${shown}\n`)
  return admin
}
