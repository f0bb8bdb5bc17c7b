import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lexicalNodes as lexical, lexicalToPlainText } from '../src'
import { KNEE_GUIDE, KNEE_GUIDE_TEXT } from './fixtures/kneeGuide'

describe('lexicalToPlainText', () => {
  it('puts each block (heading, paragraph, list item, quote, nested rich text in blocks) on its own line', () => {
    expect(lexicalToPlainText(KNEE_GUIDE)).toBe(KNEE_GUIDE_TEXT)
  })

  it('keeps link text inline and turns line breaks into newlines', () => {
    const { root, paragraph, text, link, linebreak } = lexical
    const state = root(
      paragraph(text('See '), link('https://example.org', text('the trial')), text(' for details.'), linebreak(), text('Next line')),
    )
    expect(lexicalToPlainText(state)).toBe('See the trial for details.\nNext line')
  })

  it('accepts a stored JSON string, a bare root node, or a list of nodes', () => {
    const { root, paragraph, text } = lexical
    const state = root(paragraph(text('Hello')))
    expect(lexicalToPlainText(JSON.stringify(state))).toBe('Hello')
    expect(lexicalToPlainText(state.root)).toBe('Hello')
    expect(lexicalToPlainText([paragraph(text('A')), paragraph(text('B'))])).toBe('A\nB')
  })

  it('treats a string that is not JSON as plain text already', () => {
    expect(lexicalToPlainText('It cures arthritis.')).toBe('It cures arthritis.')
  })

  it.each([
    null,
    undefined,
    42,
    true,
    {},
    [],
    { root: null },
    { root: { children: 'oops' } },
    { root: { children: [null, 7, { text: 5 }] } },
  ])('returns an empty string for unreadable input %j', (input) => {
    expect(lexicalToPlainText(input)).toBe('')
  })

  it('survives cycles, absurd nesting and objects that throw', () => {
    const cyclic: Record<string, unknown> = { type: 'paragraph', children: [{ type: 'text', text: 'loop' }] }
    ;(cyclic.children as unknown[]).push(cyclic)
    expect(lexicalToPlainText({ root: cyclic })).toBe('loop')

    let deep: unknown = { type: 'text', text: 'bottom' }
    for (let i = 0; i < 100_000; i++) deep = { type: 'paragraph', children: [deep] }
    expect(() => lexicalToPlainText({ root: deep })).not.toThrow()

    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no reading me')
        },
      },
    )
    expect(lexicalToPlainText({ root: { type: 'root', children: [{ type: 'text', text: 'kept' }, hostile] } })).toBe('kept')
  })

  it('never throws and always returns a string, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.string()), (input) => {
        expect(typeof lexicalToPlainText(input)).toBe('string')
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on node-shaped garbage', () => {
    const node = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.oneof(fc.constantFrom('root', 'paragraph', 'text', 'link', 'linebreak', 'list', 'listitem', 'block'), fc.anything()),
          text: fc.oneof(fc.string(), fc.anything()),
          children: fc.oneof(fc.array(tie('node'), { maxLength: 4 }), fc.anything()),
          fields: fc.oneof(fc.record({ content: fc.record({ root: tie('node') }) }), fc.anything()),
        },
        { requiredKeys: [] },
      ),
    })).node
    fc.assert(
      fc.property(node, (root) => {
        expect(typeof lexicalToPlainText({ root })).toBe('string')
      }),
      { numRuns: 300 },
    )
  })
})
