import type { Endpoint, PaginatedDocs, PayloadRequest, Sort, Where } from 'payload'

import { CSV_BOM, csvRow, type CsvValue } from '@clinic/leads'
import type { Lead } from '@clinic/shared-types'

import { canWorkOnLeads } from '../access'
import { leadSettings } from '../settings'
import { unsubscribeUrl } from '../tokens'
import { json } from './http'

const PAGE_SIZE = 100

const COLUMNS: { header: string; value: (lead: Lead, extra: { unsubscribeUrl: string | null }) => CsvValue }[] = [
  { header: 'id', value: (lead) => lead.id },
  { header: 'createdAt', value: (lead) => lead.createdAt },
  { header: 'kind', value: (lead) => lead.kind },
  { header: 'status', value: (lead) => lead.status },
  { header: 'handledAt', value: (lead) => lead.handledAt },
  { header: 'handledBy', value: (lead) => nameOf(lead.handledBy) },
  { header: 'name', value: (lead) => lead.name },
  { header: 'email', value: (lead) => lead.email },
  { header: 'phone', value: (lead) => lead.phone },
  { header: 'condition', value: (lead) => nameOf(lead.condition) },
  { header: 'preferredContact', value: (lead) => lead.preferredContact },
  { header: 'message', value: (lead) => lead.message },
  { header: 'newsletterStatus', value: (lead) => lead.newsletterStatus },
  { header: 'confirmedAt', value: (lead) => lead.confirmedAt },
  { header: 'unsubscribedAt', value: (lead) => lead.unsubscribedAt },
  { header: 'unsubscribeUrl', value: (_lead, extra) => extra.unsubscribeUrl },
  { header: 'consent', value: (lead) => lead.consent },
  { header: 'consentedAt', value: (lead) => lead.consentedAt },
  { header: 'sourcePage', value: (lead) => lead.sourcePage },
]

function nameOf(value: unknown): CsvValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') {
    const doc = value as { name?: string; email?: string; id?: number }
    return doc.name ?? doc.email ?? doc.id ?? null
  }
  return value as CsvValue
}

/** The list view's filters (`where`, `search`) as one Where; Payload checks every path against field access. */
function filtersOf(req: PayloadRequest): Where {
  const parts: Where[] = []
  const where = req.query.where
  if (where && typeof where === 'object' && !Array.isArray(where)) parts.push(where as Where)
  const search = typeof req.query.search === 'string' ? req.query.search.trim() : ''
  if (search) parts.push({ or: [{ email: { like: search } }, { name: { like: search } }] })
  return parts.length === 0 ? {} : { and: parts }
}

function sortOf(req: PayloadRequest): Sort {
  const sort = req.query.sort
  return typeof sort === 'string' && /^-?[A-Za-z][A-Za-z0-9_.]*$/.test(sort) ? sort : '-createdAt'
}

/**
 * GET /api/leads/export.csv — the leads the signed-in admin or marketing person may read, with
 * the list view's filters, as CSV (header row; every cell quoted; formulas neutralised).
 * Read through Payload with the caller's own access, page by page.
 */
export const exportCsvEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!canWorkOnLeads(req.user)) {
      return json({ errors: [{ message: 'You are not allowed to export leads.' }] }, req.user ? 403 : 401)
    }
    const { payload } = req
    const settings = leadSettings()
    const where = filtersOf(req)
    const sort = sortOf(req)
    const read = (page: number): Promise<PaginatedDocs<Lead>> =>
      payload.find({ collection: 'leads', where, sort, page, limit: PAGE_SIZE, depth: 1, overrideAccess: false, req })

    // The first page is read before answering, so a bad filter is a 400, not a broken download.
    const first = await read(1)
    const encoder = new TextEncoder()
    const line = (lead: Lead) => {
      const extra = {
        unsubscribeUrl:
          lead.kind === 'newsletter' && lead.newsletterStatus === 'confirmed'
            ? unsubscribeUrl(settings.cmsPublicUrl, payload.config.routes.api, payload, lead.id)
            : null,
      }
      return csvRow(COLUMNS.map((column) => column.value(lead, extra)))
    }

    let next: PaginatedDocs<Lead> | null = first
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(COLUMNS.map((column) => column.header))))
      },
      async pull(controller) {
        if (!next) {
          controller.close()
          return
        }
        controller.enqueue(encoder.encode(next.docs.map(line).join('')))
        next = next.hasNextPage && next.nextPage ? await read(next.nextPage) : null
      },
    })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="leads-${date}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
