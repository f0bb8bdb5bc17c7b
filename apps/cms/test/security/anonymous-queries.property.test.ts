import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPublishedArticle } from '../helpers/publishing'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { createUser } from '../helpers/users'

/**
 * Issue 15: random where/sort/select/depth combinations from anonymous callers never answer 500
 * and never return a field visitors cannot read, through the real REST handlers and database.
 */
let t: TestPayload
const SECRET_FIELDS = [
  'hash',
  'salt',
  'sessions',
  'apiKey',
  'email',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'claimFindings',
  'reviewedBy',
]

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false'
  t = await startTestPayload()
  const author = await createUser(t.payload, ['editor'])
  await createPublishedArticle(t.payload, { author: author.id })
})
afterAll(() => t?.stop())

const paths = fc.constantFrom(
  'id',
  'title',
  'slug',
  'type',
  'publishedAt',
  'conditions',
  'conditions.slug',
  'author',
  'author.email',
  'author.hash',
  'author.sessions.id',
  'author.sessions.createdAt',
  'relatedArticles',
  'body',
  '_status',
  'citations.doi',
  'reviewedBy',
  'x.y.z.w',
)
const operators = fc.constantFrom('equals', 'not_equals', 'in', 'like', 'exists', 'less_than', 'greater_than', 'contains', 'regex')
const values = fc.oneof(
  fc.constantFrom('1', '0', '-1', 'true', '99999999999999999999', '%', '_', 'a,b', '2025-01-01', ''),
  fc.string({ maxLength: 8 }),
)
const condition = fc.tuple(paths, operators, values)
const whereParams = fc
  .array(fc.tuple(fc.constantFrom('', 'or', 'and'), condition), { maxLength: 6 })
  .map((entries) =>
    entries.map(([group, [path, operator, value]], i) =>
      group
        ? `where[${group}][${i}][${path}][${operator}]=${encodeURIComponent(value)}`
        : `where[${path}][${operator}]=${encodeURIComponent(value)}`,
    ),
  )
const query = fc
  .record({
    where: whereParams,
    sort: fc.option(
      fc
        .array(fc.tuple(fc.boolean(), paths), { maxLength: 3 })
        .map((s) => `sort=${s.map(([desc, p]) => `${desc ? '-' : ''}${p}`).join(',')}`),
    ),
    select: fc.option(fc.array(paths, { maxLength: 3 }).map((s) => s.map((p) => `select[${p}]=true`).join('&'))),
    depth: fc.option(fc.constantFrom('0', '1', '2', '3', '4', '-1', 'x').map((d) => `depth=${d}`)),
    collection: fc.constantFrom('articles', 'conditions', 'citations'),
  })
  .map(({ where, sort, select, depth, collection }) => `/${collection}?${[...where, sort, select, depth].filter(Boolean).join('&')}`)

function leaks(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = leaks(item)
      if (found) return found
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (SECRET_FIELDS.includes(key)) return key
      const found = leaks(inner)
      if (found) return found
    }
  }
  return null
}

describe('anonymous queries (property)', () => {
  it('never answer 500 and never return a field visitors cannot read', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (path) => {
        const response = await t.rest.get(path)
        expect(response.status, path).toBeLessThan(500)
        if (response.status === 200) expect(leaks(await response.json()), path).toBeNull()
        else await response.body?.cancel()
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})
