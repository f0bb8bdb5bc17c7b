import { describe, expect, it } from 'vitest'

import { jsonLdScript, serializeJsonLd } from '../../app/seo/jsonLd'
import { pageGraph } from '../../app/seo/pageGraph'

describe('JSON-LD in the HTML', () => {
  const hostile = { '@type': 'WebPage', name: '</script><script>alert(1)</script> & <!-- more' }

  it('cannot end its script element or open markup, whatever the CMS text says', () => {
    const element = jsonLdScript([hostile])
    expect(element.match(/<\/script>/g)).toHaveLength(1)
    expect(element.endsWith('</script>')).toBe(true)
    expect(serializeJsonLd([hostile])).not.toContain('<')
  })

  it('still means exactly the same data to a JSON parser', () => {
    expect(JSON.parse(serializeJsonLd([hostile]))).toEqual({ '@context': 'https://schema.org', '@graph': [hostile] })
  })

  it('describes the home page without a breadcrumb trail and without a publisher when settings are missing', () => {
    const graph = pageGraph({
      subject: { kind: 'home' },
      siteUrl: 'https://clinic.example',
      path: '/',
      title: 'Home',
      description: 'd',
      settings: undefined,
    })
    expect(graph).toEqual([
      {
        '@type': 'WebPage',
        '@id': 'https://clinic.example/',
        url: 'https://clinic.example/',
        name: 'Home',
        description: 'd',
        inLanguage: 'en',
        isPartOf: { '@type': 'WebSite', url: 'https://clinic.example/' },
        publisher: { '@id': 'https://clinic.example/#organization' },
      },
    ])
  })
})
