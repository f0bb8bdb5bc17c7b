/**
 * Issue 15.9: `like` and `contains` search for the text as typed. Payload wraps the
 * text in `%…%` unescaped, so "50%" matched "500 patients" and "_" matched any character.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { escapeLikePattern, literalLikeWhere } from '../../src/hooks/literalLikeSearch'
import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload
const suffix = Math.random().toString(36).slice(2, 8)
const percent = `Pain fell by 50% in ${suffix}`
const hundreds = `A 500 patient trial in ${suffix}`

beforeAll(async () => {
  t = await startTestPayload()
  await createPublishedArticle(t.payload, { title: percent })
  await createPublishedArticle(t.payload, { title: hundreds })
})
afterAll(() => t?.stop())

async function titlesWhere(query: string): Promise<string[]> {
  const response = await t.rest.get(`/articles?${query}&where[title][like]=${suffix}&depth=0&limit=10`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: { title: string }[] }).docs.map((doc) => doc.title).sort()
}

describe('pattern characters in a search', () => {
  it('are escaped, the escape character included, in like and contains, through and/or', () => {
    expect(escapeLikePattern('50%_a\\b')).toBe('50\\%\\_a\\\\b')
    expect(
      literalLikeWhere({
        or: [{ title: { like: '5_%' } }, { and: [{ excerpt: { contains: '%' } }, { slug: { not_like: 'a_b' } }] }],
        id: { equals: 3 },
      }),
    ).toEqual({
      or: [{ title: { like: '5\\_\\%' } }, { and: [{ excerpt: { contains: '\\%' } }, { slug: { not_like: 'a_b' } }] }],
      id: { equals: 3 },
    })
  })

  it('match only themselves over REST: "50%" finds the 50% title, not "500"; "%" and "_" are no wildcards', async () => {
    expect(await titlesWhere('where[and][0][title][like]=50%25')).toEqual([percent])
    expect(await titlesWhere('where[and][0][title][like]=%25')).toEqual([percent])
    expect(await titlesWhere('where[and][0][title][like]=5_0')).toEqual([])
    expect(await titlesWhere('where[and][0][title][contains]=0%25')).toEqual([percent])
  })

  it('apply to the local API too', async () => {
    const { docs } = await t.payload.find({
      collection: 'articles',
      where: { and: [{ title: { like: suffix } }, { title: { like: '5_0' } }] },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(0)
  })
})
