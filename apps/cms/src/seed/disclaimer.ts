import type { Payload } from 'payload'

import { lexicalDocument, paragraph } from '@clinic/rich-text'

export async function seedSiteWideDisclaimer(payload: Payload) {
  return payload.create({
    collection: 'disclaimers',
    data: {
      title: 'Medical disclaimer',
      scope: 'site-wide',
      active: true,
      body: lexicalDocument([
        paragraph(
          'This website and its contents are for general information only. They are not intended to treat, cure, diagnose, or prevent any disease, and they are not a substitute for advice from your own physician. Research findings describe groups of people in studies; they are not a promise of any result for you.',
        ),
      ]),
    },
    overrideAccess: true,
  })
}
