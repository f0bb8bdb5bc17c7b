import type { Payload } from 'payload'

/**
 * The clinic's profile, created as a draft; the seed sends it through review like every other
 * public text, and its publishing writes the site settings the site reads.
 */
export async function seedClinicProfile(payload: Payload): Promise<{ id: number }> {
  return payload.create({
    collection: 'clinic-profile',
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
