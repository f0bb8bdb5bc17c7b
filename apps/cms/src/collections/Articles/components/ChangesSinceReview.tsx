'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import type { ChangesSinceReview as Changes } from '../workflow/changesSinceReview'
import { formatDate } from './workflowClient'

const baseClass = 'workflow-panel'

/**
 * One click to what changed since the last review (issue 18): each reviewed field's added and
 * removed words, and the claims check's findings as sentences, from
 * GET /api/<collection>/:id/changes-since-review.
 */
export function ChangesSinceReview({ timeZone }: { timeZone: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [changes, setChanges] = useState<Changes | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState(false)

  async function load() {
    if (open) return setOpen(false)
    setOpen(true)
    setError(null)
    try {
      const response = await fetch(formatAdminURL({ apiRoute, path: `/${collectionSlug}/${id}/changes-since-review` }), {
        credentials: 'include',
      })
      const body = (await response.json()) as Changes & { errors?: { message: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? `The server answered ${response.status}.`)
      setChanges(body)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Could not reach the server.')
    }
  }

  return (
    <div className={`${baseClass}__changes`} data-testid="workflow-changes">
      <Button size="small" buttonStyle="secondary" onClick={() => void load()} aria-expanded={open}>
        {open ? 'Hide changes since the last review' : 'What changed since the last review'}
      </Button>
      {open && error && <p role="alert">{error}</p>}
      {open && !error && !changes && <p role="status">Loading…</p>}
      {open && changes && (
        <div>
          <p>
            {changes.since
              ? `Compared with the version ${changes.since.by} reviewed on ${formatDate(changes.since.at, timeZone)}.`
              : 'Nobody has reviewed this yet: everything below is new.'}
          </p>
          {changes.changes.length === 0 && <p>No reviewed field has changed.</p>}
          {changes.changes.map((change) => (
            <section key={change.field} className={`${baseClass}__change`}>
              <h5 style={{ textTransform: 'capitalize' }}>{change.field}</h5>
              <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {change.parts.map((part, index) =>
                  part.change === 'added' ? (
                    <ins key={index}>{part.text}</ins>
                  ) : part.change === 'removed' ? (
                    <del key={index}>{part.text}</del>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </section>
          ))}
          {changes.findings.added.length > 0 && (
            <>
              <h5>New claims-check findings</h5>
              <ul>
                {changes.findings.added.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </>
          )}
          {changes.findings.resolved.length > 0 && (
            <>
              <h5>Findings no longer there</h5>
              <ul>
                {changes.findings.resolved.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  )
}
