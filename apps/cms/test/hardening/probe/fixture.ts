import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { articleData, citationData, liveFixture, richText } from '../../helpers/fixtures'
import { createPublishedArticle, publishableArticleData, publishingBasics } from '../../helpers/publishing'
import type { RestClient } from '../../helpers/rest'
import { CURRENT_SITE_FILE } from '../../import/helpers'
import type { MarkerRegistry } from './markers'
import type { ProbeCollection } from './oracle'
import { CMS_ROLES, PROBE_ROLES, type ProbeRole } from './roles'

export interface Principal {
  role: ProbeRole
  userId: number | null
  /** Real REST requests with this principal's credentials (a session token, an API key, none). */
  rest: RestClient
  /** What Payload puts on `req.user` for this principal, for the local API with `overrideAccess: false`. */
  localUser: Record<string, unknown> | undefined
}

export interface Fixture {
  principals: Record<ProbeRole, Principal>
  /** Ids of documents per collection (refreshed as the run creates and deletes). */
  ids: Partial<Record<ProbeCollection, (number | string)[]>>
  versionIds: { articles: (number | string)[]; disclaimers: (number | string)[] }
  /** Version id → the document it is a version of (to keep restores off the basics). */
  versionParents: Map<string, string>
  slugs: string[]
  /**
   * The fixture's own basics, per collection: what later fixture steps link to (the site-wide
   * disclaimer, a citation, a condition, the hero image, the retired disclaimer, a webhook endpoint)
   * and the probe's accounts. The generator never aims a write it expects to be allowed at them
   * (refused ones still try); every other document of those collections is fair game.
   */
  protectedIds: Partial<Record<ProbeCollection, Set<string>>>
  /** Ids present when the fixture was built (kept when the run's own documents are pruned). */
  initialIds: Partial<Record<ProbeCollection, Set<string>>>
  /** Re-creates one document of a collection the run emptied (keeps every kind of content present). */
  spawn(collection: ProbeCollection): Promise<void>
  /** Makes a probe account again (same role, e-mail marker and API key) if it is gone. */
  recreatePrincipal(role: ProbeRole): Promise<void>
}

const PROBED: Exclude<ProbeCollection, 'site-settings'>[] = [
  'articles',
  'citations',
  'conditions',
  'disclaimers',
  'media',
  'leads',
  'users',
  'webhook-endpoints',
  'webhook-deliveries',
  'workflow-events',
  'legacy-imports',
  'redirects',
  'payload-preferences',
  'payload-locked-documents',
  'payload-jobs',
  'payload-migrations',
  'rate-limit-hits',
]

/**
 * Content of every kind, with a unique marker in everything some role must not see: published
 * articles, never-published drafts, live articles with a newer draft, superseded published text,
 * articles in review and approved, hidden disclaimers, leads, staff e-mail addresses, webhook
 * secrets and deliveries, the workflow trail, an import, site settings, preferences and a lock.
 */
export async function buildFixture(payload: Payload, rest: RestClient, markers: MarkerRegistry): Promise<Fixture> {
  const sys = { overrideAccess: true } as const
  const basics = await publishingBasics(payload)

  // People: one account per role, e-mail addresses are secrets of their own.
  const principals = {} as Record<ProbeRole, Principal>
  principals.anonymous = { role: 'anonymous', userId: null, rest, localUser: undefined }
  const apiKey = randomUUID()
  const makePrincipal = async (role: Exclude<ProbeRole, 'anonymous'>) => {
    const mark = markers.make('user')
    const password = `pw-${randomUUID()}`
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${role.toLowerCase()}-${mark}@example.test`,
        password,
        name: `Probe ${role}`,
        roles: CMS_ROLES[role],
        ...(role === 'apiKey' ? { enableAPIKey: true, apiKey } : {}),
      },
      ...sys,
    })
    markers.setOwner(mark, user.id)
    const client =
      role === 'apiKey' ? rest.withHeaders({ Authorization: `users API-Key ${apiKey}` }) : await rest.login(user.email, password)
    const stored = await payload.findByID({ collection: 'users', id: user.id, depth: 0, ...sys })
    principals[role] = {
      role,
      userId: user.id,
      rest: client,
      localUser: { ...stored, collection: 'users', _strategy: role === 'apiKey' ? 'api-key' : 'local-jwt' },
    }
  }
  for (const role of PROBE_ROLES) if (role !== 'anonymous') await makePrincipal(role)

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#7aa' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Knee joint diagram' },
    file: { data: png, mimetype: 'image/png', name: 'knee.png', size: png.length },
    ...sys,
  })
  const hiddenDisclaimer = await payload.create({
    collection: 'disclaimers',
    data: liveFixture({
      title: `Retired ${markers.make('hiddenDisclaimer')}`,
      scope: 'condition',
      active: false,
      body: richText(markers.make('hiddenDisclaimer')),
    }),
    ...sys,
  })
  const future = new Date(Date.now() + 365 * 86_400_000).toISOString()
  await payload.create({
    collection: 'disclaimers',
    data: liveFixture({
      title: `Coming ${markers.make('hiddenDisclaimer')}`,
      scope: 'article-type',
      active: true,
      effectiveDate: future,
      body: richText(markers.make('hiddenDisclaimer')),
    }),
    ...sys,
  })
  // Targets of the run's writes, as well as the basics above.
  // One live citation and one that waits for review (drafts must not leak).
  await payload.create({ collection: 'citations', data: liveFixture(citationData()), ...sys })
  await payload.create({ collection: 'citations', data: citationData(), ...sys })
  await payload.create({
    collection: 'conditions',
    data: liveFixture({ name: `Osteoarthritis probe ${randomUUID().slice(0, 6)}`, category: 'orthopaedic' }),
    ...sys,
  })

  const draftText = (kind: 'draft' | 'superseded') => {
    const m = [markers.make(kind), markers.make(kind), markers.make(kind)]
    return { title: `Unpublished findings ${m[0]}`, excerpt: `Excerpt ${m[1]}`, body: richText(`Body ${m[2]}`) }
  }

  const articleKinds = [
    // live, clean
    async () =>
      (
        await createPublishedArticle(payload, {
          heroImage: media.id,
          author: principals.editor.userId!,
          disclaimers: [hiddenDisclaimer.id],
        })
      ).id,
    // live with a newer working draft: the draft's text must stay with staff
    async () => {
      const live = await createPublishedArticle(payload, { author: principals.editor.userId! })
      await payload.update({ collection: 'articles', id: live.id, data: draftText('draft'), draft: true, ...sys })
      return live.id
    },
    // superseded: the text of an older published version, replaced by a newer published one
    async () => {
      const slug = `superseded-${randomUUID().slice(0, 8)}`
      const first = await createPublishedArticle(payload, { ...draftText('superseded'), slug })
      await payload.update({
        collection: 'articles',
        id: first.id,
        data: { ...articleData(), slug, workflowState: 'approved', _status: 'published' },
        ...sys,
      })
      return first.id
    },
    // never published
    async () =>
      (await payload.create({ collection: 'articles', data: { ...articleData(), ...draftText('draft') }, draft: true, ...sys })).id,
    // in review, and approved (ready for a publisher)
    async () =>
      (
        await payload.create({
          collection: 'articles',
          data: { ...(await publishableArticleData(payload)), ...draftText('draft'), workflowState: 'in_review' },
          draft: true,
          ...sys,
        })
      ).id,
    async () =>
      (
        await payload.create({
          collection: 'articles',
          data: { ...(await publishableArticleData(payload)), ...draftText('draft'), workflowState: 'approved' },
          draft: true,
          ...sys,
        })
      ).id,
  ]
  let nextArticleKind = 0
  const articleIds: number[] = []
  for (const make of [...articleKinds, ...articleKinds]) articleIds.push(await make())

  // Spawned again later: what they link to is either a protected basic or looked up afresh.
  const anyArticle = async () => {
    const found = (await payload.find({ collection: 'articles', limit: 1, depth: 0, ...sys })).docs[0]?.id
    return found ?? (await articleKinds[3]!())
  }
  const lead = async () => {
    const m = markers.make('lead')
    await payload.create({
      collection: 'leads',
      data: {
        kind: 'information-packet',
        name: `Pat ${m}`,
        email: `${markers.make('lead')}@example.test`,
        phone: '+1 555 010 0100',
        message: `My knee ${markers.make('lead')}`,
        condition: basics.conditionId,
        preferredContact: 'email',
        consent: true,
        consentText: 'I agree to be contacted.',
        consentedAt: new Date().toISOString(),
        status: 'new',
        newsletterStatus: null,
      } as never,
      ...sys,
    })
  }
  for (let i = 0; i < 3; i++) await lead()

  const endpoint = async (active: boolean) => {
    const s = markers.make('secret')
    return payload.create({
      collection: 'webhook-endpoints',
      data: { url: `http://127.0.0.1:9/${markers.make('secret')}`, secret: `secret-${s}`, events: ['published'], active },
      ...sys,
    })
  }
  const basicEndpoint = await endpoint(false)
  await endpoint(false)
  await endpoint(false)
  const delivery = async () =>
    payload.create({
      collection: 'webhook-deliveries',
      data: {
        endpoint: basicEndpoint.id,
        event: 'published',
        status: 'failed',
        attempts: 6,
        lastError: `ECONNREFUSED ${markers.make('secret')}`,
        body: { event: 'published' },
      },
      ...sys,
    })
  await delivery()
  await delivery()

  const comment = async () =>
    payload.create({
      collection: 'workflow-events',
      data: {
        article: await anyArticle(),
        action: 'comment',
        actorName: 'Probe reviewer',
        comment: `Check dose ${markers.make('trail')}`,
        summary: 'Comment',
      },
      ...sys,
    })
  await comment()

  const exportText = readFileSync(CURRENT_SITE_FILE)
  await payload.create({
    collection: 'legacy-imports',
    data: {},
    file: { data: exportText, mimetype: 'text/plain', name: `import-${markers.make('import')}.txt`, size: exportText.length },
    ...sys,
  })

  // Old addresses: to a live article, to one with a newer working draft, to a condition and to a
  // site path (all public), and to never-published drafts (the address itself is a draft's secret).
  const redirect = (from: string, target: Record<string, unknown>) =>
    payload.create({ collection: 'redirects', data: { from, ...target } as never, ...sys })
  const oldPath = () => `/2019/old-${randomUUID().slice(0, 8)}`
  await redirect(oldPath(), { toType: 'article', toArticle: articleIds[0] })
  await redirect(oldPath(), { toType: 'article', toArticle: articleIds[1] })
  await redirect(oldPath(), { toType: 'condition', toCondition: basics.conditionId })
  await redirect(oldPath(), { toType: 'path', toPath: '/research' })
  const draftRedirect = async () => {
    const draftId = (await articleKinds[3]!()) as number
    await redirect(`/2019/${markers.make('draft')}`, { toType: 'article', toArticle: draftId })
  }
  await draftRedirect()
  await draftRedirect()

  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      clinicName: 'Probe Clinic',
      phone: '+1 555 010 0000',
      email: 'hello@clinic.example',
      callToAction: { heading: 'Questions?', text: 'Ask for an information packet.' },
    },
    ...sys,
  })

  for (const role of ['editor', 'marketing', 'admin'] as const) {
    const user = { relationTo: 'users' as const, value: principals[role].userId! }
    // The user field fills itself from the request's user, as when the admin saves a preference.
    await payload.create({
      collection: 'payload-preferences',
      data: { user, key: 'probe', value: { columns: [] } },
      user: principals[role].localUser as never,
      ...sys,
    })
  }
  const firstLead = (await payload.find({ collection: 'leads', limit: 1, depth: 0, ...sys })).docs[0]!
  await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'leads', value: firstLead.id }, user: { relationTo: 'users', value: principals.marketing.userId! } },
    ...sys,
  })

  const ids = (...values: (number | string)[]) => new Set(values.map(String))
  const fixture: Fixture = {
    principals,
    ids: {},
    versionIds: { articles: [], disclaimers: [] },
    versionParents: new Map(),
    slugs: [],
    protectedIds: {
      disclaimers: ids(basics.disclaimerId, hiddenDisclaimer.id),
      citations: ids(basics.citationId),
      conditions: ids(basics.conditionId),
      media: ids(media.id),
      'webhook-endpoints': ids(basicEndpoint.id),
      users: ids(...Object.values(principals).flatMap((p) => (p.userId === null ? [] : [p.userId]))),
    },
    initialIds: {},
    async recreatePrincipal(role) {
      if (role === 'anonymous') return
      await makePrincipal(role)
      fixture.protectedIds.users = ids(...Object.values(principals).flatMap((p) => (p.userId === null ? [] : [p.userId])))
    },
    async spawn(collection) {
      switch (collection) {
        case 'articles':
          await articleKinds[nextArticleKind++ % articleKinds.length]!()
          break
        case 'leads':
          await lead()
          break
        case 'redirects':
          await draftRedirect()
          break
        case 'webhook-endpoints':
          await endpoint(false)
          break
        case 'webhook-deliveries':
          await delivery()
          break
        case 'workflow-events':
          await comment()
          break
        case 'citations':
          await payload.create({ collection: 'citations', data: liveFixture(citationData()), ...sys })
          break
        case 'conditions':
          await payload.create({
            collection: 'conditions',
            data: liveFixture({ name: `Condition ${randomUUID().slice(0, 8)}`, category: 'other' }),
            ...sys,
          })
          break
        case 'disclaimers':
          await payload.create({
            collection: 'disclaimers',
            data: liveFixture({
              title: `Retired ${markers.make('hiddenDisclaimer')}`,
              scope: 'condition',
              active: false,
              body: richText('Old text.'),
            }),
            ...sys,
          })
          break
        default:
          break
      }
    },
  }
  await refreshIds(payload, fixture)
  fixture.initialIds = Object.fromEntries(Object.entries(fixture.ids).map(([c, list]) => [c, ids(...(list ?? []))]))
  return fixture
}

/**
 * Puts the probe's own accounts back as they were if a permitted write changed them (only a
 * refused write could, and the checks report that), so each principal keeps acting as its role.
 */
export async function restorePrincipals(payload: Payload, fixture: Fixture) {
  for (const principal of [...Object.values(fixture.principals)]) {
    if (principal.userId === null || !principal.localUser) continue
    const stored = await payload.findByID({
      collection: 'users',
      id: principal.userId,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!stored) {
      // Only a refused delete could do this (the generator keeps allowed ones off these accounts),
      // and the checks report it: carry on with a new account for the role.
      await fixture.recreatePrincipal(principal.role)
      continue
    }
    const expected = principal.localUser as { roles?: string[]; enableAPIKey?: boolean | null }
    if (
      JSON.stringify(stored.roles) !== JSON.stringify(expected.roles) ||
      Boolean(stored.enableAPIKey) !== Boolean(expected.enableAPIKey)
    ) {
      await payload.update({
        collection: 'users',
        id: principal.userId,
        data: { roles: expected.roles as never, enableAPIKey: expected.enableAPIKey ?? false },
        overrideAccess: true,
      })
    }
  }
}

/** Re-reads which documents and versions exist (the run creates and deletes some). */
export async function refreshIds(payload: Payload, fixture: Fixture) {
  for (const collection of PROBED) {
    const found = await payload.find({ collection, limit: 200, depth: 0, pagination: false, overrideAccess: true })
    fixture.ids[collection] = found.docs.map((doc) => (doc as { id: number | string }).id)
  }
  for (const collection of ['articles', 'disclaimers'] as const) {
    const versions = await payload.findVersions({
      collection,
      limit: 300,
      depth: 0,
      pagination: false,
      select: { parent: true },
      overrideAccess: true,
    })
    fixture.versionIds[collection] = versions.docs.map((doc) => doc.id)
    for (const doc of versions.docs as { id: number | string; parent?: number | string | { id: number | string } }[]) {
      const parent = typeof doc.parent === 'object' && doc.parent !== null ? doc.parent.id : doc.parent
      if (parent !== undefined) fixture.versionParents.set(String(doc.id), String(parent))
    }
  }
  const articles = await payload.find({
    collection: 'articles',
    draft: true,
    limit: 200,
    depth: 0,
    select: { slug: true },
    pagination: false,
    overrideAccess: true,
  })
  fixture.slugs = articles.docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug))
}
