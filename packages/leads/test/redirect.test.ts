import { describe, expect, it } from 'vitest'

import { clientAddressBehindProxies, clientAddressFrom, parseTrustProxy, resolveReturnUrl, withLeadStatus } from '../src'

const origins = ['https://clinic.example', 'https://partners.example']

describe('resolveReturnUrl', () => {
  it('keeps a URL on an allowed origin, and resolves paths on the site', () => {
    expect(resolveReturnUrl('https://clinic.example/conditions/knee?x=1#packet', origins).href).toBe(
      'https://clinic.example/conditions/knee?x=1#packet',
    )
    expect(resolveReturnUrl('https://partners.example/a', origins).href).toBe('https://partners.example/a')
    expect(resolveReturnUrl('/newsletter', origins).href).toBe('https://clinic.example/newsletter')
  })

  it.each([
    'https://evil.example/',
    'https://clinic.example.evil.example/',
    'https://clinic.example@evil.example/',
    'https://user:pw@clinic.example/',
    'http://clinic.example/',
    '//evil.example/x',
    '/\\evil.example/x',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
    42,
    undefined,
  ])('never sends anyone to %j: the site home instead', (candidate) => {
    expect(resolveReturnUrl(candidate, origins).href).toBe('https://clinic.example/')
  })

  it('needs an allowed origin', () => {
    expect(() => resolveReturnUrl('/', [])).toThrow()
  })
})

describe('withLeadStatus', () => {
  it('adds the status, the form and each field in error, replacing old ones and keeping the hash', () => {
    const url = new URL('https://clinic.example/p?keep=1&lead=sent&field=email#form')
    expect(withLeadStatus(url, 'error', 'information-packet', [{ field: 'email' }, { field: 'phone' }, { field: 'email' }])).toBe(
      'https://clinic.example/p?keep=1&lead=error&kind=information-packet&field=email&field=phone#form',
    )
    expect(withLeadStatus(url, 'sent', 'newsletter')).toBe('https://clinic.example/p?keep=1&lead=sent&kind=newsletter#form')
  })
})

describe('clientAddressBehindProxies', () => {
  it('is the connection peer when no proxy is trusted, whatever the client wrote in the header', () => {
    expect(clientAddressBehindProxies('6.6.6.6', '198.51.100.9', 0)).toBe('198.51.100.9')
    expect(clientAddressBehindProxies(['6.6.6.6, 7.7.7.7'], '198.51.100.9', 0)).toBe('198.51.100.9')
    expect(clientAddressBehindProxies(undefined, '198.51.100.9', 0)).toBe('198.51.100.9')
  })

  it('is the hop the outermost trusted proxy recorded, left of the peer', () => {
    // client → proxy A (appends client) → proxy B (appends A) → CMS (peer = B)
    expect(clientAddressBehindProxies('6.6.6.6, 203.0.113.7', '10.0.0.1', 1)).toBe('203.0.113.7')
    expect(clientAddressBehindProxies('6.6.6.6, 203.0.113.7, 10.0.0.2', '10.0.0.1', 2)).toBe('203.0.113.7')
    // Fewer hops than proxies said: the leftmost there is.
    expect(clientAddressBehindProxies('203.0.113.7', '10.0.0.1', 3)).toBe('203.0.113.7')
  })

  it('knows nothing without a header or a peer', () => {
    expect(clientAddressBehindProxies('', undefined, 1)).toBeNull()
    expect(clientAddressBehindProxies(null, null, 0)).toBeNull()
  })
})

describe('clientAddressFrom', () => {
  it('takes the entry the nearest trusted proxy added, never what the client sent before it', () => {
    expect(clientAddressFrom('6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddressFrom('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
    expect(clientAddressFrom('203.0.113.7', 3)).toBe('203.0.113.7')
    expect(clientAddressFrom('198.51.100.1', 0)).toBe('198.51.100.1')
    expect(clientAddressFrom('', 1)).toBeNull()
    expect(clientAddressFrom(null, 0)).toBeNull()
  })

  it('reads TRUST_PROXY', () => {
    expect(parseTrustProxy(undefined)).toBe(0)
    expect(parseTrustProxy('false')).toBe(0)
    expect(parseTrustProxy('true')).toBe(1)
    expect(parseTrustProxy('2')).toBe(2)
    expect(() => parseTrustProxy('maybe')).toThrow(/TRUST_PROXY/)
  })
})
