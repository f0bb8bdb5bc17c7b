'use client'
import { useFormFields } from '@payloadcms/ui'

import type { ImportReport } from '../../../import/types'

const cell = { padding: '4px 8px', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' } as const

/** The per-page table of an import's report, in the import's edit view. */
export function ImportReportTable() {
  const report = useFormFields(([fields]) => fields.report?.value) as ImportReport | null | undefined
  if (!report) return null
  if (!report.ok) return <p>{report.error}</p>
  return (
    <div style={{ marginBottom: 24, overflowX: 'auto' }}>
      <h3 style={{ marginBottom: 8 }}>Pages of {report.fileName}</h3>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            {['#', 'Kind', 'Title', 'Action', 'Details', 'Flags'].map((label) => (
              <th key={label} style={{ ...cell, textAlign: 'left' }}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.pages.map((page) => (
            <tr key={page.page}>
              <td style={cell}>{page.page}</td>
              <td style={cell}>{page.kind}</td>
              <td style={cell}>
                {page.articleId ? (
                  <a href={`/admin/collections/articles/${page.articleId}`}>{page.title}</a>
                ) : (
                  (page.title ?? `lines ${page.firstLine}–${page.lastLine}`)
                )}
              </td>
              <td style={cell}>{page.action}</td>
              <td style={cell}>{page.detail}</td>
              <td style={cell}>
                {page.flags.length > 0 && (
                  <ul style={{ margin: 0, paddingLeft: 16 }}>
                    {page.flags.map((flag) => (
                      <li key={flag}>{flag}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
