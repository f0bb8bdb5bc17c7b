import type { CollectionAfterChangeHook } from 'payload'

import type { Disclaimer } from '@clinic/shared-types'

import { asSystem } from '../../Articles/workflow/actor'

/**
 * Only one site-wide disclaimer is active: publishing a new one retires the previous one (its
 * versions stay). The retirement is part of the reviewed publish of its successor, so the CMS
 * itself approves and publishes it in the same transaction; a draft of a new one retires nothing.
 */
export const retirePreviousSiteWide: CollectionAfterChangeHook<Disclaimer> = async ({ doc, req }) => {
  if (doc.scope !== 'site-wide' || !doc.active || doc._status !== 'published') return doc
  const { docs: previous } = await req.payload.find({
    collection: 'disclaimers',
    where: {
      and: [
        { scope: { equals: 'site-wide' } },
        { active: { equals: true } },
        { _status: { equals: 'published' } },
        { id: { not_equals: doc.id } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const retired of previous) {
    await req.payload.update({
      collection: 'disclaimers',
      id: retired.id,
      data: { active: false, workflowState: 'approved', _status: 'published' },
      req: asSystem(req),
      overrideAccess: true,
      context: { retiredBy: doc.id },
    })
  }
  return doc
}
