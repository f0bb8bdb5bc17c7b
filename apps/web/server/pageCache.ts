import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib'

import { LRUCache } from 'lru-cache'

import { isPreviewPath } from '../app/router/previewPaths'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** A rendered page as sent: its bytes in each encoding, made once (off the event loop) when stored. */
export interface CachedPage {
  /** The content generation the page's CMS reads were made under: valid only while it is current. */
  generation: number
  etag: string
  identity: Buffer
  gzip: Buffer
  brotli: Buffer
}

export type Encoding = 'br' | 'gzip' | 'identity'

/** The encoding to send: brotli, else gzip, else none (q-values are not weighed: every browser sends both). */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const accepted = String(acceptEncoding ?? '')
  if (/\bbr\b/.test(accepted)) return 'br'
  if (/\bgzip\b/.test(accepted)) return 'gzip'
  return 'identity'
}

export function bodyIn(page: CachedPage, encoding: Encoding): Buffer {
  return encoding === 'br' ? page.brotli : encoding === 'gzip' ? page.gzip : page.identity
}

/** Compresses without blocking other requests: zlib's async calls run on libuv's thread pool. */
export async function compressPage(html: string, generation: number): Promise<CachedPage> {
  const identity = Buffer.from(html)
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(identity),
    // Quality 9 instead of 11: nearly as small, several times faster to make on a publish burst.
    brotliAsync(identity, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
  ])
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`
  return { generation, etag, identity, gzip: gzipped, brotli }
}

/**
 * Only what every visitor would see the same way is stored or served: GET/HEAD with no cookie, no
 * authorization, outside /preview/ and with no preview token. (A preview's own render also says so,
 * and is never stored either.)
 */
export function isAnonymousPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (request.headers.cookie !== undefined || request.headers.authorization !== undefined) return false
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://site.invalid')
  if (isPreviewPath(pathname)) return false
  return !searchParams.has('token') && !searchParams.has('preview') && !searchParams.has('draft')
}

/** Path plus query with the parameters sorted, so `?a=1&b=2` and `?b=2&a=1` share one entry. */
export function pageCacheKey(url: string): string {
  const parsed = new URL(url, 'http://site.invalid')
  parsed.searchParams.sort()
  return `${parsed.pathname}${parsed.search}`
}

export interface PageStore {
  get(key: string, generation: number): CachedPage | undefined
  set(key: string, page: CachedPage): void
  /** Drops every page rendered under another generation (they can never be served again). */
  keepOnly(generation: number): void
  readonly byteSize: number
  readonly size: number
}

/** The pages of one instance, least recently used dropped first once their bytes exceed `maxBytes`. */
export function createPageStore(maxBytes: number): PageStore {
  const pages = new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    // The key and object overhead are small next to three copies of a page.
    sizeCalculation: (page, key) => page.identity.length + page.gzip.length + page.brotli.length + key.length + 256,
  })
  return {
    get(key, generation) {
      const page = pages.get(key)
      return page?.generation === generation ? page : undefined
    },
    set(key, page) {
      // A page bigger than the whole budget is sent, never stored (lru-cache would refuse it anyway).
      if (page.identity.length + page.gzip.length + page.brotli.length >= maxBytes) return
      pages.set(key, page)
    },
    keepOnly(generation) {
      for (const [key, page] of pages.entries()) if (page.generation !== generation) pages.delete(key)
    },
    get byteSize() {
      return pages.calculatedSize
    },
    get size() {
      return pages.size
    },
  }
}
