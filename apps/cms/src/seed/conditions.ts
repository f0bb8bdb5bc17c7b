import type { Payload } from 'payload'

import { lexicalDocument, paragraph } from '@clinic/rich-text'

const CONDITIONS = [
  {
    name: 'Spinal cord injury',
    category: 'neurological',
    summary: 'Damage to the spinal cord that interrupts signals between the brain and the body.',
    aliases: ['SCI', 'spinal injury', 'paralysis after injury'],
  },
  {
    name: 'Amyotrophic lateral sclerosis (ALS)',
    category: 'neurological',
    summary: 'A progressive disease of the nerve cells that control voluntary muscles.',
    aliases: ["Lou Gehrig's disease", 'motor neurone disease', 'MND'],
  },
  {
    name: 'Knee osteoarthritis',
    category: 'orthopaedic',
    summary: 'Wear of the cartilage that cushions the knee joint, causing pain and stiffness.',
    aliases: ['knee arthritis', 'knee OA', 'wear and tear arthritis of the knee'],
  },
  {
    name: 'Stroke',
    category: 'neurological',
    summary: 'Brain injury caused by a blocked or burst blood vessel.',
    aliases: ['brain attack', 'cerebrovascular accident', 'CVA'],
  },
  {
    name: 'Multiple sclerosis',
    category: 'neurological',
    summary: 'An immune disease that strips the protective coating from nerves in the brain and spinal cord.',
    aliases: ['MS'],
  },
  {
    name: 'Traumatic brain injury',
    category: 'neurological',
    summary: 'Damage to the brain from a blow, jolt or wound to the head.',
    aliases: ['TBI', 'brain injury', 'concussion'],
  },
  {
    name: 'Idiopathic pulmonary fibrosis',
    category: 'pulmonary',
    summary: 'Scarring of the lung tissue, without a known cause, that makes breathing steadily harder.',
    aliases: ['IPF', 'lung scarring', 'pulmonary fibrosis'],
  },
] as const

export async function seedConditions(payload: Payload) {
  const created: Record<string, number> = {}
  for (const condition of CONDITIONS) {
    const doc = await payload.create({
      collection: 'conditions',
      data: { ...condition, aliases: condition.aliases.map((alias) => ({ alias })), body: lexicalDocument([paragraph(condition.summary)]) },
      overrideAccess: true,
    })
    created[condition.name] = doc.id
  }
  return created
}
