import type { Field, FieldAccess } from 'payload'

import type { RetractionInfo, RetractionNotice } from '@clinic/citations/lookup'

/**
 * Written by the CMS alone — from a lookup when the citation is saved, and by the weekly retraction
 * check — never by a request: field access strips them from every API write, like the articles'
 * workflow fields. Read by anyone, so the site can tell visitors a paper was retracted.
 */
const onlyTheCms: FieldAccess = () => false
const cmsWritten = { create: onlyTheCms, update: onlyTheCms }

export const retractionFields: Field[] = [
  {
    type: 'collapsible',
    label: 'Retraction watch',
    admin: {
      position: 'sidebar',
      initCollapsed: false,
      description: 'From PubMed or Crossref, when the citation is saved after a lookup and every week after. Read-only.',
    },
    fields: [
      {
        name: 'retractionStatus',
        label: 'Retraction status',
        type: 'select',
        defaultValue: 'none',
        index: true,
        options: [
          { value: 'none', label: 'No notice' },
          { value: 'retracted', label: 'Retracted' },
          { value: 'corrected', label: 'Corrected' },
          { value: 'concern', label: 'Expression of concern' },
        ],
        access: cmsWritten,
        admin: { readOnly: true },
      },
      {
        name: 'retractionNotices',
        label: 'Notices',
        type: 'array',
        access: cmsWritten,
        admin: { readOnly: true },
        fields: [
          {
            name: 'kind',
            type: 'select',
            required: true,
            options: [
              { value: 'retraction', label: 'Retraction' },
              { value: 'partial-retraction', label: 'Partial retraction' },
              { value: 'erratum', label: 'Erratum' },
              { value: 'expression-of-concern', label: 'Expression of concern' },
            ],
          },
          { name: 'date', type: 'text', admin: { description: 'YYYY-MM-DD, YYYY-MM or YYYY, as the source gives it.' } },
          { name: 'url', label: 'URL', type: 'text', required: true },
          { name: 'label', type: 'text', required: true },
        ],
      },
      {
        name: 'retractionCheckedAt',
        label: 'Last checked',
        type: 'date',
        access: cmsWritten,
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]

/** The stored fields for a lookup's retraction status, checked at `checkedAt`. */
export function retractionData(retraction: RetractionInfo, checkedAt: string) {
  return {
    retractionStatus: retraction.status,
    retractionNotices: retraction.notices.map(({ kind, date, url, label }) => ({ kind, date: date ?? null, url, label })),
    retractionCheckedAt: checkedAt,
  }
}

/** The notice a retraction is dated and linked by: the retraction itself, else the first notice. */
export function retractionNoticeOf<N extends Pick<RetractionNotice, 'kind' | 'url' | 'label'> & { date?: string | null }>(
  notices: readonly N[] | null | undefined,
): N | undefined {
  return notices?.find((notice) => notice.kind === 'retraction') ?? notices?.[0]
}
