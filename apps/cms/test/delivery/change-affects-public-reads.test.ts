import { describe, expect, it } from 'vitest'

import { changeAffectsPublicReads } from '../../src/http/responseCache/changeAffectsPublicReads'

describe('which saves empty the response cache', () => {
  it.each([
    ['a draft of something never published', { _status: 'draft' }, { _status: 'draft' }, false],
    ['a first draft', { _status: 'draft' }, undefined, false],
    ['deleting a never-published draft', undefined, { _status: 'draft' }, false],
    ['publishing', { _status: 'published' }, { _status: 'draft' }, true],
    ['re-saving published content', { _status: 'published' }, { _status: 'published' }, true],
    ['unpublishing', { _status: 'draft' }, { _status: 'published' }, true],
    ['deleting published content', undefined, { _status: 'published' }, true],
    ['any save in a collection without drafts', {}, {}, true],
    ['deleting from a collection without drafts', undefined, {}, true],
  ] as const)('%s → %s', (_case, doc, previousDoc, expected) => {
    expect(changeAffectsPublicReads(doc, previousDoc)).toBe(expected)
  })
})
