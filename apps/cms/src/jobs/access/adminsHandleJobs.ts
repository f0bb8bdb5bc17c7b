import type { RunJobAccess } from 'payload'

import { hasRole } from '../../auth/hasRole'

/**
 * Only admins may run, queue or cancel background jobs through the API (`/api/payload-jobs/run`,
 * local API calls with `overrideAccess: false`). The CMS's own runners and code act as the system.
 * Payload's default lets any signed-in user do it, including marketing's read-only API keys.
 */
export const adminsHandleJobs: RunJobAccess = ({ req }) => hasRole(req.user, 'admin')
