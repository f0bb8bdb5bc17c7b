'use client'

import { useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** Above the leads list: downloads what the list shows (its filters and sort) as CSV. */
export function ExportCsvButton() {
  const { config } = useConfig()
  const params = useSearchParams()
  const query = new URLSearchParams()
  for (const [key, value] of params) {
    if (key.startsWith('where') || key === 'sort' || key === 'search') query.append(key, value)
  }
  const search = query.toString()
  const href = `${config.routes.api}/leads/export.csv${search ? `?${search}` : ''}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <a className="btn btn--style-secondary btn--size-small btn--icon-style-without-border" href={href} download>
        Export CSV
      </a>
    </div>
  )
}
