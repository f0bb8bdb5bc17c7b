import type { Payload } from 'payload'

import type { Article } from '@clinic/shared-types'

import { outbox } from '../../src/email/outbox'
import { publishableArticleData } from '../helpers/publishing'
import type { RestClient } from '../helpers/rest'
import type { TestPayload } from '../helpers/testPayload'
import { createUser, type TestUser } from '../helpers/users'

export type RoleName = 'editor' | 'reviewer' | 'publisher' | 'admin' | 'marketing'

export interface Cast {
  users: Record<RoleName, TestUser>
  as: Record<RoleName, RestClient>
}

/** One signed-in REST client per role. */
export async function signInEveryone(t: TestPayload): Promise<Cast> {
  const roles: Record<RoleName, Parameters<typeof createUser>[1]> = {
    editor: ['editor'],
    reviewer: ['medical-reviewer'],
    publisher: ['publisher'],
    admin: ['admin'],
    marketing: ['marketing'],
  }
  const users = {} as Record<RoleName, TestUser>
  const as = {} as Record<RoleName, RestClient>
  for (const [name, userRoles] of Object.entries(roles) as [RoleName, Parameters<typeof createUser>[1]][]) {
    users[name] = await createUser(t.payload, userRoles)
    as[name] = await t.rest.login(users[name].email, users[name].password)
  }
  return { users, as }
}

/** An editor's new summary over REST, with everything publishing needs (citation, condition, excerpt). */
export async function writeSummary(t: TestPayload, editor: RestClient, overrides: Record<string, unknown> = {}): Promise<Article> {
  const response = await editor.post('/articles', await publishableArticleData(t.payload, overrides))
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: Article }).doc
}

export interface ActionResponse {
  status: number
  body: { ok?: boolean; message?: string; errors?: { message: string; data?: unknown }[]; status?: { state: string } }
}

/** POST /api/<collection>/:id/workflow (articles unless said otherwise) */
export async function act(
  client: RestClient,
  id: number,
  action: string,
  extra: Record<string, unknown> = {},
  collection = 'articles',
): Promise<ActionResponse> {
  const response = await client.post(`/${collection}/${id}/workflow`, { action, ...extra })
  return { status: response.status, body: (await response.json()) as ActionResponse['body'] }
}

/** Takes actions in order, failing loudly on the first refusal. */
export async function actAll(id: number, steps: [RestClient, string, Record<string, unknown>?][], collection = 'articles'): Promise<void> {
  for (const [client, action, extra] of steps) {
    const result = await act(client, id, action, extra, collection)
    if (result.status !== 200) throw new Error(`${action} refused: ${result.status} ${JSON.stringify(result.body)}`)
  }
}

/** The article's state and fields as the workflow sees them: the newest version. */
export async function latest(payload: Payload, id: number): Promise<Article> {
  return payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })
}

/** What visitors get: the main table row, read anonymously. */
export async function live(t: TestPayload, id: number): Promise<Article | null> {
  const response = await t.rest.get(`/articles/${id}`)
  return response.status === 200 ? ((await response.json()) as Article) : null
}

/** The workflow trail of an article (or of another reviewed kind), oldest first. */
export async function trail(
  payload: Payload,
  id: number,
  subjectType: 'articles' | 'conditions' | 'disclaimers' | 'citations' = 'articles',
) {
  const { docs } = await payload.find({
    collection: 'workflow-events',
    where:
      subjectType === 'articles'
        ? { article: { equals: id } }
        : { and: [{ subjectType: { equals: subjectType } }, { subjectId: { equals: id } }] },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
  })
  return docs
}

export function mailTo(email: string) {
  return outbox.filter((message) => message.to.includes(email))
}
