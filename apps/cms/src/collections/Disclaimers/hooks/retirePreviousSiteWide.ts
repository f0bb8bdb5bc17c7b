import type { CollectionAfterChangeHook } from 'payload'

import type { Disclaimer } from '@clinic/shared-types'

/** Only one site-wide disclaimer is active: activating a new one retires the previous one (its versions stay). */
export const retirePreviousSiteWide: CollectionAfterChangeHook<Disclaimer> = async ({ doc, req }) => {
  if (doc.scope !== 'site-wide' || !doc.active) return doc
  await req.payload.update({
    collection: 'disclaimers',
    where: {
      and: [
        { scope: { equals: 'site-wide' } },
        { active: { equals: true } },
        { id: { not_equals: doc.id } },
      ],
    },
    data: { active: false },
    req,
    overrideAccess: true,
  })
  return doc
}
