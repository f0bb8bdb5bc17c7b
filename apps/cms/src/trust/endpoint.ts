import type { Endpoint } from 'payload'

import { isStaff } from '../auth/hasRole'
import { runTrustAudit } from './liveItems'

/** GET /api/trust-audit: the trust audit's findings as JSON, for staff (and monitoring with a staff key). */
export const trustAuditEndpoint: Endpoint = {
  path: '/trust-audit',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to see the trust audit.' }] }, { status: 401 })
    if (!isStaff(req.user)) return Response.json({ errors: [{ message: 'Only editorial staff see the trust audit.' }] }, { status: 403 })
    return Response.json(await runTrustAudit(req.payload, req), { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
