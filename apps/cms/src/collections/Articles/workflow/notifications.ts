import type { PayloadRequest } from 'payload'

import { env } from '../../../env'

export interface Notice {
  to: string[]
  subject: string
  text: string
}

export function articleAdminUrl(id: number | string): string {
  return adminUrlFor('articles', id)
}

/** The admin's edit view of a document of any collection. */
export function adminUrlFor(collection: string, id: number | string): string {
  return `${env.serverUrl.replace(/\/$/, '')}/admin/collections/${collection}/${id}`
}

/** E-mail never blocks or undoes the editorial step it reports: a failure is logged and the work goes on. */
export async function sendNotice(req: PayloadRequest, notice: Notice): Promise<void> {
  if (notice.to.length === 0) return
  try {
    await req.payload.sendEmail({ to: notice.to, subject: notice.subject, text: notice.text })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not send “${notice.subject}” to ${notice.to.join(', ')}` })
  }
}

/** E-mail addresses of users holding a role. */
export async function emailsOfRole(req: PayloadRequest, role: string): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { contains: role } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email).filter(Boolean)
}

export async function emailOfUser(req: PayloadRequest, user: unknown): Promise<string | null> {
  const id = user && typeof user === 'object' ? (user as { id?: unknown }).id : user
  if (id === null || id === undefined || id === '') return null
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return found.docs[0]?.email ?? null
}
