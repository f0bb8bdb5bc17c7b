import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * The demo medical reviewers: Dr. Marsh approved the demo summaries, so the site shows a reviewer
 * as it will in real use; Dr. Okafor exists so that each one's public profile is approved by a
 * colleague (nobody approves their own). Their passwords are random and never shown: an admin can
 * set one to try the reviewer's side of the workflow.
 */
export const DEMO_REVIEWERS = [
  {
    email: 'reviewer@example.com',
    name: 'Dr. Elena Marsh (demo reviewer)',
    profile: {
      displayName: 'Dr. Elena Marsh',
      credentials: 'MD',
      specialty: 'Pulmonology (demo profile)',
      bio: 'A demo profile for trying the site. In real use, each medical reviewer introduces themselves here in plain words, and a colleague approves the text before it is published.',
    },
  },
  {
    email: 'second-reviewer@example.com',
    name: 'Dr. Samuel Okafor (demo reviewer)',
    profile: {
      displayName: 'Dr. Samuel Okafor',
      credentials: 'MD, PhD',
      specialty: 'Neurology (demo profile)',
      bio: 'A second demo profile: the colleague who approved Dr. Marsh’s profile, as she approved his.',
    },
  },
] as const

export async function seedDemoReviewer(payload: Payload, reviewer: (typeof DEMO_REVIEWERS)[number]) {
  return payload.create({
    collection: 'users',
    data: {
      email: reviewer.email,
      password: randomBytes(18).toString('base64url'),
      name: reviewer.name,
      roles: ['medical-reviewer'],
    },
    overrideAccess: true,
  })
}

/** A reviewer's public profile, as a draft for the workflow. */
export async function seedReviewerProfile(payload: Payload, reviewer: (typeof DEMO_REVIEWERS)[number], userId: number) {
  return payload.create({ collection: 'reviewer-profiles', data: { ...reviewer.profile, user: userId }, overrideAccess: true })
}
