/**
 * GET /api/articles/search reads its parameters strictly (zod, src/collections/Articles/search/
 * searchParams.ts) within the library's shared limits (@clinic/library-search): a value that could
 * only be a mistake is a 400 naming the parameter; an empty one means "not given".
 */
import { describe, expect, it } from 'vitest'

import { LIBRARY_SEARCH_LIMITS } from '@clinic/library-search'

import { parseSearchParams } from '../../src/collections/Articles/search/searchParams'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

describe('the library search’s parameters', () => {
  it('default to the first page of the newest, ten at a time', () => {
    expect(parse('')).toEqual({ ok: true, search: { q: '', conditionSlug: undefined, type: undefined, page: 1, limit: 10 } })
    expect(parse('q=&condition=&type=&page=&limit=')).toEqual(parse(''))
  })

  it('read what a visitor or a client sends, trimming the words', () => {
    expect(parse('q=%20%20stem%20cells%20&condition=knee-osteoarthritis&type=condition-guide&page=3&limit=50')).toEqual({
      ok: true,
      search: { q: 'stem cells', conditionSlug: 'knee-osteoarthritis', type: 'condition-guide', page: 3, limit: 50 },
    })
    expect(parse(`q=${'a'.repeat(LIBRARY_SEARCH_LIMITS.maxQueryLength)}%20%20`)).toMatchObject({ ok: true })
    expect(parse(`page=${LIBRARY_SEARCH_LIMITS.maxPage}`)).toMatchObject({ ok: true, search: { page: 1000 } })
  })

  it.each([
    [`q=${'a'.repeat(201)}`, 'q is limited to 200 characters.'],
    ['type=press-release', 'type must be one of research-summary, condition-guide, lifestyle-post.'],
    ['page=0', 'page must be a whole number from 1 to 1000.'],
    ['page=1001', 'page must be a whole number from 1 to 1000.'],
    ['page=1.5', 'page must be a whole number from 1 to 1000.'],
    ['page=1e3', 'page must be a whole number from 1 to 1000.'],
    ['page=-2', 'page must be a whole number from 1 to 1000.'],
    ['limit=51', 'limit must be a whole number from 1 to 50.'],
    ['limit=ten', 'limit must be a whole number from 1 to 50.'],
    ['page=2&limit=0', 'limit must be a whole number from 1 to 50.'],
  ])('refuses %s, naming the parameter', (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message })
  })
})
