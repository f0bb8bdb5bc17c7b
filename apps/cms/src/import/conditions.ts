import type { PayloadRequest } from 'payload'

import type { PageCondition } from '@clinic/legacy-import'

/** The page's conditions as ids: an existing condition (same slug or name) is linked, a missing one created. */
export async function linkConditions(
  req: PayloadRequest,
  conditions: readonly PageCondition[],
): Promise<{ ids: number[]; created: string[] }> {
  const ids: number[] = []
  const created: string[] = []
  for (const condition of conditions) {
    const { docs } = await req.payload.find({
      collection: 'conditions',
      where: { or: [{ slug: { equals: condition.slug } }, { name: { equals: condition.name } }] },
      depth: 0,
      limit: 1,
      select: { name: true },
      overrideAccess: true,
      req,
    })
    let id = docs[0]?.id
    if (id === undefined) {
      const doc = await req.payload.create({
        collection: 'conditions',
        data: { name: condition.name, slug: condition.slug, category: condition.category },
        overrideAccess: true,
        req,
      })
      id = doc.id
      created.push(condition.name)
    }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids, created }
}
