import type { Article, Disclaimer } from '@clinic/shared-types'

import { populated, relatedId } from './relations'

const SCOPE_ORDER: Record<Disclaimer['scope'], number> = { 'site-wide': 0, condition: 1, 'article-type': 2 }

/** Active, and in effect at `now` (an empty effective date means at once). */
export function isInEffect(disclaimer: Disclaimer, now: Date): boolean {
  if (!disclaimer.active) return false
  if (!disclaimer.effectiveDate) return true
  const from = new Date(disclaimer.effectiveDate).getTime()
  return !Number.isNaN(from) && from <= now.getTime()
}

function appliesTo(disclaimer: Disclaimer, article: Pick<Article, 'type' | 'conditions'>): boolean {
  switch (disclaimer.scope) {
    case 'site-wide':
      return true
    case 'condition': {
      const articleConditions = new Set((article.conditions ?? []).map(relatedId))
      return (disclaimer.conditions ?? []).some((condition) => articleConditions.has(relatedId(condition)))
    }
    case 'article-type':
      return (disclaimer.articleTypes ?? []).includes(article.type)
  }
}

/**
 * The disclaimers an article must show: the site-wide one, those for any of its conditions, those
 * for its type, and those its editors attached to it, each once, in that order, and only while in
 * effect. `candidates` are the disclaimers the CMS lets a visitor read (site-wide and scoped).
 */
export function selectDisclaimers(
  article: Pick<Article, 'type' | 'conditions' | 'disclaimers'>,
  candidates: readonly Disclaimer[],
  now: Date,
): Disclaimer[] {
  const byScope = candidates
    .filter((disclaimer) => appliesTo(disclaimer, article))
    .sort((a, b) => SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope])
  const attached = populated(article.disclaimers)
  const seen = new Set<number>()
  return [...byScope, ...attached].filter((disclaimer) => {
    if (seen.has(disclaimer.id) || !isInEffect(disclaimer, now)) return false
    seen.add(disclaimer.id)
    return true
  })
}
