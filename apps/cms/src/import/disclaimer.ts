import type { PayloadRequest } from 'payload'

import { fingerprint, type ImportedPage } from '@clinic/legacy-import'

import type { PageOutcome } from './types'

interface LexicalNode {
  text?: string
  children?: LexicalNode[]
}

/** A rich-text body's paragraphs as plain lines (what the export had). */
function plainLines(body: unknown): string[] {
  const blocks = (body as { root?: LexicalNode } | null)?.root?.children ?? []
  const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')
  return blocks.map(textOf).filter((line) => line.trim() !== '')
}

/**
 * The site disclaimer page becomes the site-wide disclaimer, once. A site-wide disclaimer with the
 * same text (compared by fingerprint, i.e. ignoring case, quotes and spacing) is reused. When a
 * different one is active, the imported text is stored INACTIVE and flagged: replacing the legal
 * text on every page is an editor's decision, not an import's side effect.
 */
export async function importDisclaimer(page: ImportedPage, req: PayloadRequest): Promise<PageOutcome> {
  const outcome: PageOutcome = {
    page: page.index + 1,
    kind: page.kind,
    title: page.title ?? 'Medical disclaimer',
    firstLine: page.firstLine,
    lastLine: page.lastLine,
    action: 'created',
    detail: '',
    flags: [...page.flags],
  }
  const { docs } = await req.payload.find({
    collection: 'disclaimers',
    where: { scope: { equals: 'site-wide' } },
    depth: 0,
    limit: 200,
    pagination: false,
    sort: '-active',
    select: { title: true, body: true, active: true },
    overrideAccess: true,
    req,
  })
  const same = docs.find((doc) => fingerprint(plainLines(doc.body)) === page.fingerprint)
  if (same) {
    return same.active
      ? { ...outcome, action: 'reused', detail: `the active site-wide disclaimer (${same.id}) has this text`, disclaimerId: same.id }
      : { ...outcome, action: 'skipped', detail: `already imported as inactive disclaimer ${same.id}`, disclaimerId: same.id }
  }

  const active = docs.find((doc) => doc.active)
  const created = await req.payload.create({
    collection: 'disclaimers',
    data: { title: outcome.title!, body: page.body as never, scope: 'site-wide', active: !active },
    overrideAccess: true,
    req,
  })
  if (!active) return { ...outcome, detail: `disclaimer ${created.id}, active site-wide`, disclaimerId: created.id }
  const flag = `A different site-wide disclaimer is active (“${active.title}”, ${active.id}): this text was saved inactive. Compare the two and activate it if it should replace the current one.`
  return {
    ...outcome,
    action: 'flagged',
    detail: `disclaimer ${created.id} saved inactive`,
    flags: [...outcome.flags, flag],
    disclaimerId: created.id,
  }
}
