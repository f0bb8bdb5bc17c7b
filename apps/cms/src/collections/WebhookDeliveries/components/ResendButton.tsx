'use client'
import { Button, toast, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** Lets an admin queue a logged delivery again, e.g. after fixing the receiver. */
export function ResendButton() {
  const { id } = useDocumentInfo()
  const [sending, setSending] = useState(false)
  if (!id) return null
  const resend = async () => {
    setSending(true)
    const response = await fetch(`/api/webhook-deliveries/${id}/resend`, { method: 'POST', credentials: 'include' })
    setSending(false)
    const body = await response.json()
    if (response.ok) toast.success(body.message)
    else toast.error(body.errors?.[0]?.message ?? 'Could not re-send.')
  }
  return (
    <Button buttonStyle="secondary" disabled={sending} onClick={() => void resend()}>
      {sending ? 'Queuing…' : 'Re-send this delivery'}
    </Button>
  )
}
