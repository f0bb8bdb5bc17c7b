import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { drizzleFor } from '../../utilities/drizzleFor'

/**
 * Which images visitors may see (issue 14): those that published, reviewed content shows — an
 * article's hero image, a reviewer's photo, an image inside a published body. The answer is kept
 * on each media row (`on_site`) and refreshed whenever content that shows images goes live, changes
 * live or comes down, so a public read is one indexed comparison rather than a scan of every body.
 */
export async function refreshMediaOnSite(req: PayloadRequest, mediaIds: readonly number[]): Promise<void> {
  const ids = [...new Set(mediaIds)].filter((id) => Number.isInteger(id) && id > 0)
  if (ids.length === 0) return
  const drizzle = await drizzleFor(req)
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )
  await drizzle.execute(sql`
    update "media" set "on_site" = "media"."id" in (${liveMediaReferences(list)})
    where "media"."id" in (${list})`)
}

/** Every image published content shows, among `candidates` (a SQL list of ids). */
export function liveMediaReferences(candidates: ReturnType<typeof sql.join>) {
  return sql`
    select "hero_image_id" from "articles" where "_status" = 'published' and "hero_image_id" in (${candidates})
    union
    select "photo_id" from "reviewer_profiles" where "_status" = 'published' and "photo_id" in (${candidates})
    union
    select "ref"."id" from (
      select case when "image"."ref" ~ '^[0-9]{1,9}$' then "image"."ref"::int end as "id"
      from (
        select coalesce("node" -> 'value' ->> 'id', "node" ->> 'value') as "ref"
        from (
          select "body" from "articles" where "_status" = 'published' and "body" is not null
          union all select "body" from "conditions" where "_status" = 'published' and "body" is not null
          union all select "body" from "disclaimers" where "_status" = 'published' and "body" is not null
        ) as "live_bodies",
        lateral jsonb_path_query("live_bodies"."body", 'strict $.**') as "node"
        where jsonb_typeof("node") = 'object' and "node" ->> 'type' = 'upload' and "node" ->> 'relationTo' = 'media'
      ) as "image"
    ) as "ref"
    where "ref"."id" in (${candidates})`
}

/** The images a document shows: its hero image or photo and every image in its rich text. */
export function mediaShownBy(doc: Record<string, unknown> | undefined | null): number[] {
  if (!doc) return []
  const ids: number[] = []
  for (const field of ['heroImage', 'photo']) {
    const id = idOf(doc[field])
    if (id !== null) ids.push(id)
  }
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walk)
    const record = node as Record<string, unknown>
    if (record.type === 'upload' && record.relationTo === 'media') {
      const id = idOf(record.value)
      if (id !== null) ids.push(id)
    }
    for (const value of Object.values(record)) if (value && typeof value === 'object') walk(value)
  }
  walk(doc.body)
  return ids
}

function idOf(value: unknown): number | null {
  const id = Number(value && typeof value === 'object' ? (value as { id?: unknown }).id : value)
  return Number.isInteger(id) && id > 0 ? id : null
}
