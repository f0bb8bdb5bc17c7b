import type { Payload } from 'payload'

export async function seedSiteSettings(payload: Payload) {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      clinicName: 'Stemedix',
      tagline: 'Plain-language summaries of regenerative-medicine research',
      phone: '(727) 456-8968',
      email: 'yourjourney@stemedix.com',
      address: { city: 'Saint Petersburg', region: 'FL', country: 'US' },
      callToAction: {
        heading: 'Questions about a treatment plan?',
        text: 'Our care coordinators can talk you through the research, what is known and what is not, and whether an evaluation makes sense for you.',
        buttonLabel: 'Request information packet',
      },
    },
    overrideAccess: true,
  })
}
