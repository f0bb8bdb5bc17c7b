'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useCallback, useEffect, useState } from 'react'

import type { WorkflowRequest } from '../endpoints/workflowRequest'
import type { WorkflowStatus } from '../workflow/status'

export type { WorkflowStatus }

/** Other workflow components listen for this to refetch after an action or a comment. */
export const WORKFLOW_CHANGED = 'clinic:workflow-changed'

type Result = { ok: true; message: string; status: WorkflowStatus } | { ok: false; message: string }

/** The article's workflow status from GET /api/articles/:id/workflow, refetched after every save and action. */
export function useWorkflowStatus() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const url = id && collectionSlug ? formatAdminURL({ apiRoute, path: `/${collectionSlug}/${id}/workflow` }) : null
  const [status, setStatus] = useState<WorkflowStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    if (!url) return
    try {
      const response = await fetch(url, { credentials: 'include' })
      const body = (await response.json()) as WorkflowStatus | { errors?: { message: string }[] }
      if (response.ok) {
        setStatus(body as WorkflowStatus)
        setLoadError(null)
      } else {
        setLoadError((body as { errors?: { message: string }[] }).errors?.[0]?.message ?? `The server answered ${response.status}.`)
      }
    } catch {
      setLoadError('Could not reach the server.')
    }
  }, [url])

  useEffect(() => {
    void reload()
    const onChange = () => void reload()
    window.addEventListener(WORKFLOW_CHANGED, onChange)
    return () => window.removeEventListener(WORKFLOW_CHANGED, onChange)
  }, [reload, lastUpdateTime])

  const send = useCallback(
    async (request: WorkflowRequest): Promise<Result> => {
      if (!url) return { ok: false, message: 'Save the article first.' }
      try {
        const response = await fetch(url, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
        })
        const body = (await response.json().catch(() => ({}))) as {
          message?: string
          status?: WorkflowStatus
          errors?: { message: string }[]
        }
        if (response.ok && body.status) {
          setStatus(body.status)
          return { ok: true, message: body.message ?? 'Done.', status: body.status }
        }
        return { ok: false, message: body.errors?.[0]?.message ?? `The server answered ${response.status}.` }
      } catch {
        return { ok: false, message: 'Could not reach the server; nothing changed.' }
      }
    },
    [url],
  )

  return { id, status, loadError, reload, send }
}

/** A stored time as the clinic's clock shows it, with the zone named (Site settings → Time zone). */
export { formatClinicTime as formatDate } from '../../../clinicTime'
