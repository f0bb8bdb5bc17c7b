import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

export const repoRoot = path.resolve(import.meta.dirname, '../../../..')

/** The real export of the current site (CI clones the repo with shared/ beside it). */
export const CURRENT_SITE_FILE = path.resolve(repoRoot, '../shared/legacy-site/current-site-1.txt')
export const currentSiteText = () => readFileSync(CURRENT_SITE_FILE, 'utf8')

const COLLECTIONS = ['articles', 'citations', 'conditions', 'disclaimers', 'legacy-imports', 'users', 'workflow-events'] as const

/** How many documents each collection holds (and article versions), to show an import changed nothing. */
export async function countEverything(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COLLECTIONS) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  counts['article versions'] = (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs
  return counts
}

/** Lexical text of a node and its children. */
export function textOf(node: { text?: string; children?: unknown[] }): string {
  return node.text ?? (node.children ?? []).map((child) => textOf(child as { text?: string; children?: unknown[] })).join('')
}

export type LexicalBlock = { type: string; tag?: string; children?: { text?: string; children?: unknown[] }[] }

export function blocksOf(body: unknown): LexicalBlock[] {
  return ((body as { root?: { children?: LexicalBlock[] } } | null)?.root?.children ?? []) as LexicalBlock[]
}
