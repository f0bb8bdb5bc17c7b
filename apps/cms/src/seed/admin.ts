import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/** The dev admin: from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, or generated and printed once. */
export async function seedAdmin(payload: Payload) {
  const email = process.env.SEED_ADMIN_EMAIL || 'admin@example.com'
  const generated = !process.env.SEED_ADMIN_PASSWORD
  const password = process.env.SEED_ADMIN_PASSWORD || randomBytes(12).toString('base64url')
  const admin = await payload.create({
    collection: 'users',
    data: { email, password, name: 'Dev Admin', roles: ['admin'] },
    overrideAccess: true,
  })
  const shown = generated ? `${password}   (generated; shown only this once)` : '(from SEED_ADMIN_PASSWORD)'
  console.log(`\n  Dev admin created\n    e-mail:   ${email}\n    password: ${shown}\n`)
  return admin
}
