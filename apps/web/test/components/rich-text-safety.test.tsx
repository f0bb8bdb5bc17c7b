import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { RichTextContent } from '../../app/components/richText/RichTextContent'
import { safeHref } from '../../app/lib/safeHref'
import { lexicalNodes } from '@clinic/rich-text'
import { renderWithRouter } from './renderWithRouter'

function link(fields: Record<string, unknown>, label: string) {
  return { type: 'link', version: 3, direction: 'ltr', format: '', indent: 0, fields, children: [text(label)] }
}

const { root: lexicalRoot, paragraph, text } = lexicalNodes

describe('links in CMS content', () => {
  it('keep web, e-mail, phone and on-site targets', () => {
    expect(safeHref('https://pubmed.ncbi.nlm.nih.gov/31740545/')).toBe('https://pubmed.ncbi.nlm.nih.gov/31740545/')
    expect(safeHref('mailto:care@example.org')).toBe('mailto:care@example.org')
    expect(safeHref('tel:+17274568968')).toBe('tel:+17274568968')
    expect(safeHref('/research?q=knee')).toBe('/research?q=knee')
    expect(safeHref('#site-disclaimer')).toBe('/#site-disclaimer')
  })

  it('drop script and data targets however they are disguised', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      expect(safeHref(hostile), hostile).toBeUndefined()
    }
  })

  it('render a hostile link as its words only, and a safe one as a link', () => {
    renderWithRouter(
      <RichTextContent
        data={lexicalRoot(
          paragraph(link({ linkType: 'custom', url: 'javascript:alert(document.cookie)' }, 'click me')),
          paragraph(link({ linkType: 'custom', url: 'https://example.org/study', newTab: true }, 'the study')),
        )}
      />,
    )
    expect(screen.getByText('click me').closest('a')).toBeNull()
    const safe = screen.getByRole('link', { name: 'the study' })
    expect(safe.getAttribute('href')).toBe('https://example.org/study')
    expect(safe.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('turn a link to a published article or condition into its page on this site, and drop one to a draft', () => {
    renderWithRouter(
      <RichTextContent
        data={lexicalRoot(
          paragraph(
            link({ linkType: 'internal', doc: { relationTo: 'articles', value: { id: 3, slug: 'knee-trial' } } }, 'the knee trial'),
          ),
          paragraph(link({ linkType: 'internal', doc: { relationTo: 'conditions', value: { id: 4, slug: 'stroke' } } }, 'stroke')),
          paragraph(link({ linkType: 'internal', doc: { relationTo: 'articles', value: 7 } }, 'an unpublished draft')),
        )}
      />,
    )
    expect(screen.getByRole('link', { name: 'the knee trial' }).getAttribute('href')).toBe('/research/knee-trial')
    expect(screen.getByRole('link', { name: 'stroke' }).getAttribute('href')).toBe('/conditions/stroke')
    expect(screen.getByText('an unpublished draft').closest('a')).toBeNull()
  })
})

describe('other CMS content', () => {
  it('renders a node type it does not know as its text, never as markup', () => {
    const { container } = renderWithRouter(
      <RichTextContent
        data={lexicalRoot({
          type: 'mystery-embed',
          version: 1,
          html: '<img src=x onerror=alert(1)>',
          children: [paragraph(text('Kept words.'))],
        })}
      />,
    )
    expect(screen.getByText('Kept words.')).toBeTruthy()
    expect(container.querySelector('img')).toBeNull()
    expect(container.innerHTML).not.toContain('unknown node')
  })

  it('shows an uploaded image with its alt text, and nothing for an upload that is not an image', () => {
    const { container } = renderWithRouter(
      <RichTextContent
        data={lexicalRoot(
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            value: {
              id: 1,
              url: 'https://cms.example.org/media/knee.webp',
              alt: 'An MRI of a knee',
              mimeType: 'image/webp',
              width: 800,
              height: 600,
            },
          },
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            value: { id: 2, url: 'javascript:alert(1)', alt: 'x', mimeType: 'image/png' },
          },
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            value: { id: 3, url: 'https://cms.example.org/media/file.pdf', alt: 'A file', mimeType: 'application/pdf' },
          },
        )}
      />,
    )
    expect(screen.getByRole('img', { name: 'An MRI of a knee' }).getAttribute('src')).toBe('https://cms.example.org/media/knee.webp')
    expect(container.querySelectorAll('img')).toHaveLength(1)
  })
})

describe('lists in CMS content', () => {
  it('render items without value= (invalid HTML on <ul> items; the list numbers itself)', () => {
    const item = (label: string, value: number) => ({
      type: 'listitem',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      value,
      children: [text(label)],
    })
    const list = (listType: 'bullet' | 'number', tag: 'ul' | 'ol') => ({
      type: 'list',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      listType,
      tag,
      start: 1,
      children: [item('first', 1), item('second', 2)],
    })
    const { container } = renderWithRouter(
      <RichTextContent data={lexicalRoot(list('bullet', 'ul') as never, list('number', 'ol') as never)} />,
    )
    const items = container.querySelectorAll('li')
    expect(items).toHaveLength(4)
    for (const li of items) expect(li.hasAttribute('value')).toBe(false)
    expect(container.querySelector('ul li')?.textContent).toBe('first')
  })
})
