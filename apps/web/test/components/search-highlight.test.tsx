import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { XSS_VECTORS } from '@clinic/test-harness'

import { Highlighted } from '../../app/components/Highlighted'
import { highlightSegments } from '../../app/lib/highlightSegments'

describe('search highlighting', () => {
  it('marks the ranges the search returned, and nothing else', () => {
    const { container } = render(
      <Highlighted
        text="Stem cells in Parkinson's disease"
        ranges={[
          [0, 10],
          [14, 23],
        ]}
      />,
    )
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Stem cells', 'Parkinson'])
    expect(container.textContent).toBe("Stem cells in Parkinson's disease")
  })

  it('ignores ranges out of order, overlapping, empty or outside the text', () => {
    const text = 'knee osteoarthritis'
    expect(
      highlightSegments(text, [
        [5, 19],
        [0, 4],
        [3, 7],
        [19, 30],
        [2, 2],
      ]),
    ).toEqual([
      { text: 'knee ', match: false },
      { text: 'osteoarthritis', match: true },
    ])
    expect(
      highlightSegments(text, [
        [-1, 3],
        [0.5, 2],
      ]),
    ).toEqual([{ text, match: false }])
  })

  // Every vector of the XSS corpus, with a match range around it and inside it: always text, never markup.
  it.each(XSS_VECTORS.map((vector) => [vector.name, vector.payload] as const))('keeps %s as text', (_name, payload) => {
    const text = `xsscorpus ${payload} xsscorpus`
    const inner = Math.floor(payload.length / 2)
    const ranges: [number, number][] = [
      [0, 9],
      [10, 10 + inner],
      [10 + inner, 10 + payload.length],
    ]
    const { container } = render(
      <p>
        <Highlighted text={text} ranges={ranges} />
      </p>,
    )
    const paragraph = container.querySelector('p')!
    expect(paragraph.textContent).toBe(text)
    // Only the marks themselves are elements; everything the text held stayed a text node.
    expect([...paragraph.querySelectorAll('*')].every((element) => element.tagName === 'MARK')).toBe(true)
    expect([...paragraph.querySelectorAll('mark *')]).toEqual([])
  })
})
