'use client'

import { PublishButton, UnpublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps, UnpublishButtonClientProps } from 'payload'

type WithRoles = { roles?: readonly string[] | null } | null | undefined

/** Mirrors access/mayPublish: the server refuses everyone else anyway; this keeps them from seeing the control. */
function mayPublish(user: WithRoles): boolean {
  return Boolean(user?.roles?.some((role) => role === 'publisher' || role === 'admin'))
}

/**
 * Payload's "Publish changes" only for publishers and admins. Everyone else takes the workflow's
 * own actions in the sidebar. What it publishes still goes through the workflow hook: approved,
 * unchanged since approval, every publish gate met.
 */
export function PublishButtonForPublishers(props: PublishButtonClientProps) {
  const { user } = useAuth()
  return mayPublish(user as WithRoles) ? <PublishButton {...props} /> : null
}

/** Payload's "Unpublish" only for publishers and admins (the workflow records it as "Unpublish"). */
export function UnpublishButtonForPublishers(props: UnpublishButtonClientProps) {
  const { user } = useAuth()
  return mayPublish(user as WithRoles) ? <UnpublishButton {...props} /> : null
}
