import type { PayloadRequest } from 'payload'

import { DEFAULT_CLINIC_TIME_ZONE, isTimeZone } from '.'

/** The clinic's time zone as set in Site settings, for the admin's server components and endpoints. */
export async function clinicTimeZone(req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>): Promise<string> {
  const settings = (await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    ...(req.transactionID ? { req: req as PayloadRequest } : {}),
  })) as { timeZone?: unknown }
  return isTimeZone(settings.timeZone) ? settings.timeZone : DEFAULT_CLINIC_TIME_ZONE
}
