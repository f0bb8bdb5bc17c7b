import type { Where } from 'payload'

import { mintPreviewToken } from '../../../src/collections/Articles/preview/previewToken'
import { richText } from '../../helpers/fixtures'
import type { Fixture } from './fixture'
import type { MarkerRegistry } from './markers'
import { expectedRule, type MarkerClass, type Operation, type ProbeCollection, type ProbeEndpoint } from './oracle'
import type { Prng } from './prng'
import type { ProbeRequest, RequestKind } from './request'
import type { ProbeRole, Transport } from './roles'

type Collection = Exclude<ProbeCollection, 'site-settings'>

const WRITES: Operation[] = ['update', 'publish', 'delete']

const KIND_WEIGHTS: Record<Exclude<RequestKind, 'readGlobal' | 'updateGlobal'>, number> = {
  find: 22,
  findByID: 14,
  count: 5,
  findVersions: 6,
  findVersionByID: 5,
  create: 9,
  updateByID: 10,
  updateWhere: 4,
  deleteByID: 3,
  deleteWhere: 2,
  restoreVersion: 4,
  endpoint: 12,
}

const COLLECTION_WEIGHTS: Record<Collection, number> = {
  articles: 30,
  citations: 4,
  conditions: 5,
  disclaimers: 6,
  media: 3,
  leads: 12,
  users: 8,
  'webhook-endpoints': 5,
  'webhook-deliveries': 4,
  'workflow-events': 5,
  'legacy-imports': 3,
  redirects: 4,
  'payload-preferences': 3,
  'payload-locked-documents': 3,
  'payload-jobs': 2,
  'payload-migrations': 1,
  'rate-limit-hits': 1,
}

/** Text fields a `where` may filter on (to ask whether a secret exists), per collection. */
const TEXT_FIELDS: Partial<Record<Collection, string[]>> = {
  articles: ['title', 'excerpt', 'slug', 'author.email', 'disclaimers.title', 'searchText'],
  disclaimers: ['title'],
  leads: ['email', 'name', 'message', 'handledBy.email'],
  users: ['email', 'name'],
  'webhook-endpoints': ['secret', 'url'],
  'webhook-deliveries': ['lastError', 'endpoint.secret', 'endpoint.url'],
  'workflow-events': ['comment', 'articleTitle', 'article.title', 'actor.email'],
  'legacy-imports': ['filename'],
  redirects: ['from', 'toArticle.title'],
  conditions: ['name', 'relatedArticles.title'],
  citations: ['title'],
}

const SELECTABLE: Partial<Record<Collection, string[]>> = {
  articles: [
    'title',
    'slug',
    'excerpt',
    'body',
    'author',
    'citations',
    'conditions',
    'disclaimers',
    'workflowState',
    'importNote',
    'searchText',
  ],
  leads: ['email', 'name', 'message', 'status'],
  users: ['email', 'name', 'roles'],
  conditions: ['name', 'relatedArticles', 'slug'],
  'webhook-endpoints': ['url', 'secret'],
  'webhook-deliveries': ['endpoint', 'lastError', 'body'],
  'workflow-events': ['article', 'comment', 'articleTitle', 'actor'],
}

/** Random requests from a seeded PRNG: the same seed gives the same sequence. */
export class RequestGenerator {
  private n = 0

  constructor(
    private readonly prng: Prng,
    private readonly fixture: Fixture,
    private readonly markers: MarkerRegistry,
  ) {}

  next(role: ProbeRole, transport: Transport): ProbeRequest {
    const n = ++this.n
    const r = this.prng
    if (r.chance(0.04)) {
      const update = r.chance(0.4)
      return {
        n,
        role,
        transport,
        kind: update ? 'updateGlobal' : 'readGlobal',
        collection: 'site-settings',
        operation: update ? 'update' : 'read',
        depth: r.int(0, 2),
        draft: r.chance(0.3),
        data: update ? { tagline: `Probe ${r.hex(6)}` } : undefined,
      }
    }
    let kind = r.weighted(KIND_WEIGHTS)
    if (kind === 'endpoint' && transport === 'local') kind = 'find'
    if (kind === 'endpoint') return this.endpoint(n, role)
    const collection = r.weighted(COLLECTION_WEIGHTS)
    const base = { n, role, transport, kind, collection }
    const depth = r.int(0, 3)
    const draft = r.chance(0.35)
    switch (kind) {
      case 'find':
      case 'count': {
        const { where, whereMarker } = this.where(collection)
        return { ...base, operation: 'read', where, whereMarker, select: this.select(collection), depth, draft, limit: r.int(1, 100) }
      }
      case 'findByID':
        return { ...base, operation: 'read', id: this.id(collection), select: this.select(collection), depth, draft }
      case 'findVersions': {
        const { where, whereMarker } = this.where(collection, 'version.')
        return { ...base, operation: 'readVersions', where, whereMarker, depth, limit: r.int(1, 50) }
      }
      case 'findVersionByID':
        return { ...base, operation: 'readVersions', id: this.versionId(collection), depth }
      case 'restoreVersion':
        // Restoring a version that was published asks to publish: the oracle decides by role alone
        // for refusals, and the checker by what was written.
        return { ...base, operation: 'publish', id: this.versionId(collection, role), draft }
      case 'create': {
        const data = this.data(collection, 'create')
        return { ...base, operation: publishes(data) ? 'publish' : 'create', data, draft, depth }
      }
      case 'updateByID':
      case 'updateWhere': {
        const data = this.data(collection, 'update')
        const operation: Operation = publishes(data) ? 'publish' : 'update'
        const protectedFields = Object.keys(data).filter((k) => PROTECTED_FIELDS[collection]?.includes(k))
        if (kind === 'updateByID')
          return { ...base, operation, id: this.writeTarget(collection, role), data, draft, depth, protectedFields }
        const where =
          role === 'admin' && collection === 'users' ? { id: { in: [this.writeTarget(collection, role)] } } : this.where(collection).where
        return {
          ...base,
          operation,
          where: this.sparingBasics(collection, role, where ?? { id: { exists: true } }),
          data,
          draft,
          depth,
          protectedFields,
        }
      }
      case 'deleteByID':
        return { ...base, operation: 'delete', id: this.writeTarget(collection, role) }
      case 'deleteWhere':
        return {
          ...base,
          operation: 'delete',
          where: { id: { in: [this.writeTarget(collection, role), this.writeTarget(collection, role)] } },
        }
    }
  }

  private id(collection: Collection): number | string {
    const ids = this.fixture.ids[collection] ?? []
    if (ids.length === 0 || this.prng.chance(0.03)) return 999_999
    return this.prng.pick(ids)
  }

  /**
   * Whom a write aims at. A role that may change some documents of the collection leaves the
   * fixture's basics alone (they are what later fixture steps link to; for users, the probe's own
   * accounts); a role that may change none still tries them. Users are the exception: everyone
   * but the admin still aims at the probe's accounts, where only their own is theirs to change.
   */
  private writeTarget(collection: Collection, role: ProbeRole): number | string {
    if (!this.spares(collection, role)) return this.id(collection)
    const basics = this.fixture.protectedIds[collection]!
    const others = (this.fixture.ids[collection] ?? []).filter((id) => !basics.has(String(id)))
    if (others.length === 0 || this.prng.chance(0.03)) return 999_999
    return this.prng.pick(others)
  }

  /** Does this role keep its (possibly allowed) writes off the fixture's basics of this collection? */
  private spares(collection: Collection, role: ProbeRole): boolean {
    const basics = this.fixture.protectedIds[collection]
    if (!basics || basics.size === 0) return false
    if (collection === 'users') return role === 'admin'
    return WRITES.some((operation) => expectedRule(role, collection, operation) !== 'deny')
  }

  /** A bulk write's `where`, narrowed to leave the basics out when this role may change documents. */
  private sparingBasics(collection: Collection, role: ProbeRole, where: Where): Where {
    if (!this.spares(collection, role)) return where
    return { and: [where, { id: { not_in: [...this.fixture.protectedIds[collection]!] } }] }
  }

  private versionId(collection: Collection, role?: ProbeRole): number | string {
    let pool = collection === 'articles' || collection === 'disclaimers' ? this.fixture.versionIds[collection] : []
    if (role && this.spares(collection, role)) {
      const basics = this.fixture.protectedIds[collection]!
      pool = pool.filter((id) => !basics.has(this.fixture.versionParents.get(String(id)) ?? ''))
    }
    return pool.length > 0 ? this.prng.pick(pool) : role ? this.writeTarget(collection, role) : this.id(collection)
  }

  private marker(): string {
    return this.markers.pick(this.prng).text
  }

  private where(collection: Collection, prefix = ''): { where?: Where; whereMarker?: string } {
    const r = this.prng
    const choice = r.int(0, 5)
    const fields = TEXT_FIELDS[collection]
    if (choice <= 1 && fields) {
      const marker = this.marker()
      const field = r.pick(fields)
      return { where: { [`${prefix}${field}`]: { [r.pick(['like', 'contains'])]: marker } }, whereMarker: marker }
    }
    if (choice === 2) return { where: { [`${prefix}_status`]: { equals: r.pick(['draft', 'published']) } } }
    if (choice === 3) return { where: { id: { equals: this.id(collection) } } }
    if (choice === 4 && collection === 'articles')
      return { where: { [`${prefix}workflowState`]: { in: ['draft', 'in_review', 'approved'] } } }
    return {}
  }

  private select(collection: Collection): Record<string, true> | undefined {
    const fields = SELECTABLE[collection]
    if (!fields || !this.prng.chance(0.3)) return undefined
    const out: Record<string, true> = {}
    for (const field of fields) if (this.prng.chance(0.4)) out[field] = true
    return out
  }

  private data(collection: Collection, mode: 'create' | 'update'): Record<string, unknown> {
    const r = this.prng
    const m = (kind: MarkerClass) => this.markers.make(kind)
    switch (collection) {
      case 'articles': {
        const data: Record<string, unknown> = r.chance(0.7)
          ? { title: `Probe edit ${m('draft')}`, excerpt: `Probe excerpt ${m('draft')}` }
          : {}
        if (mode === 'create')
          Object.assign(data, { type: 'research-summary', title: `Probe new ${m('draft')}`, body: richText(`Probe body ${m('draft')}`) })
        if (r.chance(0.35)) data._status = 'published'
        if (r.chance(0.15)) data.workflowState = r.pick(['approved', 'published'])
        return data
      }
      case 'leads':
        return mode === 'create'
          ? {
              kind: 'newsletter',
              email: `${m('lead')}@example.test`,
              consent: true,
              consentText: 'Yes',
              consentedAt: new Date().toISOString(),
            }
          : r.chance(0.5)
            ? { status: r.pick(['new', 'handled']) }
            : { email: `${m('lead')}@example.test`, name: `Changed ${m('lead')}` }
      case 'users':
        return mode === 'create'
          ? {
              email: `${m('user')}@example.test`,
              password: `pw-${r.hex(12)}`,
              name: 'Probe person',
              roles: [r.pick(['admin', 'editor', 'marketing'])],
            }
          : r.pick([
              { name: `Renamed ${r.hex(4)}` },
              { roles: ['admin'] },
              { enableAPIKey: true, apiKey: `${r.hex(8)}-${r.hex(4)}` },
              { roles: ['publisher', 'admin'] },
            ])
      case 'citations':
        return { title: `Probe paper ${r.hex(6)}`, journal: 'Probe J', year: 2024, authors: [{ name: 'Probe A' }] }
      case 'conditions':
        return { name: `Probe condition ${r.hex(8)}`, category: 'other' }
      case 'disclaimers':
        return { title: `Probe disclaimer ${m('hiddenDisclaimer')}`, scope: 'condition', active: false, body: richText('Probe.') }
      case 'media':
        return { alt: `Probe ${r.hex(4)}` }
      case 'webhook-endpoints':
        return { url: `http://127.0.0.1:9/${m('secret')}`, secret: `s-${m('secret')}`, events: ['published'], active: false }
      case 'webhook-deliveries':
        return {
          status: 'pending',
          attempts: 0,
          lastError: null,
          ...(mode === 'create' ? { endpoint: this.id('webhook-endpoints'), event: 'published', body: {} } : {}),
        }
      case 'workflow-events':
        return { action: 'comment', actorName: 'Forged', comment: `Forged ${m('trail')}`, article: this.id('articles') }
      case 'legacy-imports':
        return { summary: `Probe ${m('import')}` }
      case 'redirects':
        // An old address is a secret while it leads to a draft: visitors must not learn it exists.
        return r.chance(0.5)
          ? { from: `/probe/${m('draft')}`, toType: 'article', toArticle: this.id('articles') }
          : { from: `/probe/${r.hex(8)}`, toType: 'path', toPath: r.pick(['/research', '/conditions']) }
      case 'payload-preferences':
        return { key: `probe-${r.hex(4)}`, value: { forged: true } }
      case 'payload-locked-documents':
        return { document: { relationTo: 'articles', value: this.id('articles') }, globalSlug: null }
      case 'payload-jobs':
        return { taskSlug: 'deliverWebhook', input: { deliveryId: this.id('webhook-deliveries') }, queue: 'default' }
      case 'payload-migrations':
        return { name: `probe_${r.hex(6)}`, batch: 99 }
      case 'rate-limit-hits':
        return { key: `probe-${r.hex(8)}`, windowStart: new Date().toISOString(), count: 0 }
    }
  }

  private endpoint(n: number, role: ProbeRole): ProbeRequest {
    const r = this.prng
    const ep = r.pick(ENDPOINTS)
    const [collection, op] = ENDPOINT_TARGET[ep]
    const id = collection === 'articles' ? this.id('articles') : collection === 'webhook-deliveries' ? this.id('webhook-deliveries') : 0
    const base = { n, role, transport: 'rest' as const, kind: 'endpoint' as const, endpoint: ep, collection, operation: op }
    switch (ep) {
      case 'articles.search': {
        const q = r.chance(0.5) ? this.marker() : r.pick(['knee', 'stem cells', 'probe', 'unpublished findings'])
        return {
          ...base,
          http: { method: 'GET', path: `/articles/search?q=${encodeURIComponent(q)}&limit=${r.int(1, 50)}` },
          whereMarker: q.startsWith('zqx') ? q : undefined,
        }
      }
      case 'articles.preview': {
        // A token minted for one article with another's slug, or a forged token: never a draft.
        const slug = this.fixture.slugs.length > 0 ? r.pick(this.fixture.slugs) : 'none'
        const token = r.chance(0.5) ? mintPreviewToken(999_999) : `${r.hex(16)}.${r.hex(16)}`
        return { ...base, http: { method: 'GET', path: `/articles/preview?slug=${slug}&token=${encodeURIComponent(token)}` } }
      }
      case 'articles.previewUrl':
        return { ...base, http: { method: 'GET', path: `/articles/${id}/preview-url` } }
      case 'articles.workflowStatus':
        return { ...base, http: { method: 'GET', path: `/articles/${id}/workflow` } }
      case 'articles.changesSinceReview':
        return { ...base, http: { method: 'GET', path: `/articles/${id}/changes-since-review` } }
      case 'articles.workflowAction': {
        const action = r.pick(['submit', 'approve', 'publish', 'unpublish', 'request_changes', 'comment', 'reopen', 'archive'])
        return {
          ...base,
          http: {
            method: 'POST',
            path: `/articles/${id}/workflow`,
            body: { action, comment: `Probe comment ${this.markers.make('trail')}` },
          },
        }
      }
      case 'citations.parse':
        return {
          ...base,
          http: { method: 'POST', path: '/citations/parse', body: { text: 'Zhang P. Title. J Orthop. 2023;18(1):639. doi:10.1186/x' } },
        }
      case 'leads.submit':
        return {
          ...base,
          http: {
            method: 'POST',
            path: '/leads/submit',
            body: { kind: 'newsletter', email: `${this.markers.make('lead')}@example.test`, consent: true },
          },
        }
      case 'leads.export':
        return { ...base, http: { method: 'GET', path: '/leads/export.csv' } }
      case 'leads.confirm':
        return { ...base, http: { method: 'GET', path: `/leads/confirm?token=${r.hex(32)}` } }
      case 'leads.unsubscribe':
        return { ...base, http: { method: 'POST', path: '/leads/unsubscribe', body: { token: r.hex(32) } } }
      case 'webhook-deliveries.resend':
        return { ...base, http: { method: 'POST', path: `/webhook-deliveries/${id}/resend`, body: {} } }
      case 'users.me':
        return { ...base, http: { method: 'GET', path: r.pick(['/users/me', '/users/access']) } }
      case 'feeds.read':
        return { ...base, http: { method: 'GET', path: r.pick(['/feeds/research.xml', '/feeds/research.json', '/sitemap.xml']) } }
      case 'payload-jobs.run':
        return { ...base, http: { method: 'GET', path: '/payload-jobs/run?limit=1' } }
    }
  }
}

const ENDPOINT_TARGET: Record<ProbeEndpoint, [Collection, Operation]> = {
  'articles.search': ['articles', 'read'],
  'articles.preview': ['articles', 'read'],
  'articles.previewUrl': ['articles', 'read'],
  'articles.workflowStatus': ['articles', 'read'],
  'articles.changesSinceReview': ['articles', 'read'],
  'articles.workflowAction': ['articles', 'update'],
  'citations.parse': ['citations', 'read'],
  'leads.submit': ['leads', 'create'],
  'leads.export': ['leads', 'read'],
  'leads.confirm': ['leads', 'update'],
  'leads.unsubscribe': ['leads', 'update'],
  'webhook-deliveries.resend': ['webhook-deliveries', 'update'],
  'users.me': ['users', 'read'],
  'feeds.read': ['articles', 'read'],
  'payload-jobs.run': ['payload-jobs', 'update'],
}
const ENDPOINTS = Object.keys(ENDPOINT_TARGET) as ProbeEndpoint[]

/** Fields only some roles may set, checked after every update that tries. */
export const PROTECTED_FIELDS: Partial<Record<Collection, string[]>> = {
  users: ['roles', 'enableAPIKey', 'apiKey'],
  leads: ['email', 'name'],
}

function publishes(data: Record<string, unknown>): boolean {
  return data._status === 'published'
}
