import type { CollectionBeforeOperationHook, Where } from 'payload'

import { normalizeDoi, normalizePmcid, normalizePmid, type Normalized } from '@clinic/citations'

const NORMALIZERS: Record<string, (text: string) => Normalized> = {
  doi: normalizeDoi,
  pmid: normalizePmid,
  pmcid: normalizePmcid,
}
const TEXT_OPERATORS = new Set(['equals', 'like', 'contains'])

function normalizeCondition(normalize: (text: string) => Normalized, condition: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(condition).map(([operator, value]) => {
      if (!TEXT_OPERATORS.has(operator) || typeof value !== 'string') return [operator, value]
      const normalized = normalize(value)
      // Text that is not an identifier ("cartilage") is searched as typed.
      return [operator, normalized.ok ? normalized.value : value]
    }),
  )
}

function normalizeWhere(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if ((key === 'and' || key === 'or') && Array.isArray(value)) return [key, value.map(normalizeWhere)]
      const normalize = NORMALIZERS[key]
      if (normalize && typeof value === 'object' && value !== null) {
        return [key, normalizeCondition(normalize, value as Record<string, unknown>)]
      }
      return [key, value]
    }),
  )
}

/**
 * Identifiers are stored normalised, so searches are too: a DOI pasted as
 * "https://doi.org/10.3389/FIMMU…" or "PMID: 36911700" into the list or the article's citation
 * picker finds the stored "10.3389/fimmu…" / "36911700".
 */
export const normalizeIdentifierSearch: CollectionBeforeOperationHook<'citations'> = ({ args, operation }) => {
  if (operation !== 'read' || !('where' in args) || !args.where) return args
  return { ...args, where: normalizeWhere(args.where) }
}
