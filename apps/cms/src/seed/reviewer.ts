import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The demo medical reviewer who approved the demo summaries, so the site shows a reviewer as it
 * will in real use. Her password is random and never shown: an admin can set one to try the
 * reviewer's side of the workflow.
 */
export async function seedDemoReviewer(payload: Payload) {
  return payload.create({
    collection: 'users',
    data: {
      email: 'reviewer@example.com',
      password: randomBytes(18).toString('base64url'),
      name: 'Dr. Elena Marsh (demo reviewer)',
      roles: ['medical-reviewer'],
    },
    overrideAccess: true,
  })
}
