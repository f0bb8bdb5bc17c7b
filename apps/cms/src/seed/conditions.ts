import type { Payload } from 'payload'

import { lexicalDocument, paragraph } from '../utilities/lexical'

const CONDITIONS = [
  {
    name: 'Spinal cord injury',
    category: 'neurological',
    summary: 'Damage to the spinal cord that interrupts signals between the brain and the body.',
  },
  {
    name: 'Amyotrophic lateral sclerosis (ALS)',
    category: 'neurological',
    summary: 'A progressive disease of the nerve cells that control voluntary muscles.',
  },
  {
    name: 'Knee osteoarthritis',
    category: 'orthopaedic',
    summary: 'Wear of the cartilage that cushions the knee joint, causing pain and stiffness.',
  },
  {
    name: 'Stroke',
    category: 'neurological',
    summary: 'Brain injury caused by a blocked or burst blood vessel.',
  },
] as const

export async function seedConditions(payload: Payload) {
  const created: Record<string, number> = {}
  for (const condition of CONDITIONS) {
    const doc = await payload.create({
      collection: 'conditions',
      data: { ...condition, body: lexicalDocument([paragraph(condition.summary)]) },
      overrideAccess: true,
    })
    created[condition.name] = doc.id
  }
  return created
}
