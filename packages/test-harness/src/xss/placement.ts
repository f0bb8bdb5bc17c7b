import { randomBytes } from 'node:crypto'

import { HTML_VECTORS, packVectors, URL_VECTORS, XSS_VECTORS, type XssVector } from './vectors'

/**
 * Places the XSS corpus in a running CMS through its REST API, as staff and visitors would: article
 * titles, excerpts, SEO fields, rich-text text and links, workflow comments, a reviewer's name,
 * citations field by field, a condition, a disclaimer, site settings and (optionally) leads through
 * the public form endpoint. A field that refuses a vector (validation) counts it as refused: not stored.
 */

type Json = Record<string, unknown>

export interface XssPlacementOptions {
  /** Take the articles through the workflow to published (the site shows only published content). */
  publish: boolean
  /** How many articles carry vectors in their title, excerpt and SEO fields (all get the citations). */
  articles: number
  /** Further draft articles whose titles carry every HTML vector (for the admin's lists). */
  draftTitles?: boolean
  /** Send leads through POST /api/leads/submit. */
  leads?: boolean
  /** Change the site settings (undone by `restore`). */
  siteSettings?: boolean
}

export interface PlacedArticle {
  id: number
  slug: string
  title: string
}

export interface XssPlacement {
  /** Field → ids of the vectors it stored. */
  stored: Map<string, Set<number>>
  /** Field → how many vectors its validation refused. */
  refused: Map<string, number>
  /** A word in every corpus article's title, for the site's search. */
  searchWord: string
  /** articles[0] holds every vector in its body (text and links). */
  articles: PlacedArticle[]
  drafts: PlacedArticle[]
  condition: { id: number; slug: string }
  citations: number[]
  disclaimer: number
  leads: number[]
  /** Deletes what was created and puts the site settings back. */
  restore(): Promise<void>
  /** One line per field: stored and refused counts. */
  summary(): string
}

class Session {
  /** The CMS's answer to the last request it refused as invalid (400), for failure messages. */
  lastRefusal = ''

  constructor(
    private readonly api: string,
    private readonly token: string,
  ) {}

  static async signIn(cmsUrl: string, account: { email: string; password: string }): Promise<Session> {
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(account),
    })
    const body = (await response.json()) as { token?: string }
    if (!response.ok || !body.token) throw new Error(`Sign-in as ${account.email} failed: ${response.status}`)
    return new Session(`${cmsUrl}/api`, body.token)
  }

  /** The answer, or null when the CMS refused the data as invalid (400). Anything else throws. */
  async send<T = Json>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T | null> {
    const response = await fetch(`${this.api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (response.status === 400) {
      this.lastRefusal = text.slice(0, 500)
      return null
    }
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`)
    return (text ? JSON.parse(text) : {}) as T
  }

  async must<T = Json>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const answer = await this.send<T>(method, path, body)
    if (answer === null)
      throw new Error(`${method} ${path} was refused as invalid: ${JSON.stringify(body).slice(0, 300)} → ${this.lastRefusal}`)
    return answer
  }
}

const base = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: Json[]) => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children })
const link = (url: string, label: string, type: 'link' | 'autolink' = 'link') => ({
  ...base,
  type,
  version: 3,
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
})
const richText = (nodes: Json[]) => ({ root: { ...base, type: 'root', children: nodes } })

/**
 * Every HTML vector as its own text: paragraphs, a heading, a quote and list items — or, for an
 * editor with paragraphs only (the disclaimers' simple editor; the admin cannot open a body holding
 * nodes its editor lacks), paragraphs alone.
 */
function vectorNodes(vectors: readonly XssVector[], paragraphsOnly = false): Json[] {
  if (paragraphsOnly) return vectors.map((vector) => paragraph(text(vector.payload)))
  return vectors.map((vector, index) => {
    if (index % 10 === 1) return { ...base, type: 'heading', tag: 'h2', children: [text(vector.payload)] }
    if (index % 10 === 2) return { ...base, type: 'quote', children: [text(vector.payload)] }
    if (index % 10 === 3) {
      return {
        ...base,
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        children: [{ ...base, type: 'listitem', value: 1, children: [text(vector.payload)] }],
      }
    }
    return paragraph(text(vector.payload))
  })
}

export async function placeXssCorpus(
  cmsUrl: string,
  admin: { email: string; password: string },
  options: XssPlacementOptions,
): Promise<XssPlacement> {
  const stored = new Map<string, Set<number>>()
  const refused = new Map<string, number>()
  const store = (field: string, ids: Iterable<number>) => {
    const set = stored.get(field) ?? new Set<number>()
    for (const id of ids) set.add(id)
    stored.set(field, set)
  }
  const refuse = (field: string, count = 1) => refused.set(field, (refused.get(field) ?? 0) + count)
  /** Sends one change; counts the vectors as stored or refused. */
  const attempt = async (session: Session, field: string, ids: number[], method: 'POST' | 'PATCH', path: string, body: unknown) => {
    const answer = await session.send<{ doc?: { id: number } }>(method, path, body)
    if (answer) store(field, ids)
    else refuse(field, ids.length)
    return answer
  }

  const tag = randomBytes(3).toString('hex')
  const searchWord = `xsscorpus${tag}`
  const editor = await Session.signIn(cmsUrl, admin)
  const cleanup: (() => Promise<unknown>)[] = []

  // A medical reviewer whose name is a vector: it shows in "Medically reviewed by" and in the trail.
  const reviewerName = HTML_VECTORS.find((vector) => vector.name === 'img onerror')!
  const reviewerLogin = { email: `xss-reviewer-${tag}@example.test`, password: `xss-reviewer-${tag}-password` }
  const reviewerUser = await editor.must<{ doc: { id: number } }>('POST', '/users', {
    ...reviewerLogin,
    name: reviewerName.payload,
    roles: ['medical-reviewer'],
  })
  store('user name (reviewer)', [reviewerName.id])
  cleanup.push(() => editor.send('DELETE', `/users/${reviewerUser.doc.id}`))
  const reviewer = await Session.signIn(cmsUrl, reviewerLogin)

  // The condition: name, summary, SEO fields and a body with every vector.
  const conditionName = packVectors(HTML_VECTORS, 160, 0, `Xsscorpus ${tag}`)
  const summary = packVectors(HTML_VECTORS, 500, conditionName.next)
  const conditionMetaTitle = packVectors(
    HTML_VECTORS.filter((v) => v.payload.length <= 60),
    70,
    0,
  )
  const conditionMetaDescription = packVectors(HTML_VECTORS, 160, summary.next)
  const { doc: condition } = await editor.must<{ doc: { id: number; slug: string } }>('POST', '/conditions', {
    name: conditionName.text,
    category: 'other',
    summary: summary.text,
    meta: { title: conditionMetaTitle.text, description: conditionMetaDescription.text },
    body: richText(vectorNodes(HTML_VECTORS)),
  })
  const lastly = () => editor.send('DELETE', `/conditions/${condition.id}`)
  store('condition name', conditionName.ids)
  store('condition summary', summary.ids)
  store('condition meta title', conditionMetaTitle.ids)
  store('condition meta description', conditionMetaDescription.ids)
  store(
    'condition body (rich text)',
    HTML_VECTORS.map((v) => v.id),
  )
  // Which link addresses the rich-text validation accepts, one at a time (a published article,
  // the condition and the disclaimer are validated; one refused link refuses the whole body).
  const linkable: XssVector[] = []
  for (const vector of URL_VECTORS) {
    const accepted = await editor.send('PATCH', `/conditions/${condition.id}`, {
      body: richText([paragraph(link(vector.payload, `xss link ${vector.id}`))]),
    })
    if (accepted) linkable.push(vector)
  }
  const linksRefused = URL_VECTORS.length - linkable.length
  const placeLinks = async (field: string, path: string, body: Json) => {
    if (linksRefused > 0) refuse(field, linksRefused)
    await attempt(
      editor,
      field,
      linkable.map((v) => v.id),
      'PATCH',
      path,
      body,
    )
  }
  const links = () => paragraph(...linkable.map((v) => link(v.payload, `xss link ${v.id}`)))
  await placeLinks('condition body links (URL)', `/conditions/${condition.id}`, { body: richText([...vectorNodes(HTML_VECTORS), links()]) })

  // A disclaimer for that condition: title and body with every vector and link.
  const disclaimerTitle = packVectors(HTML_VECTORS, 200, conditionMetaDescription.next)
  const { doc: disclaimer } = await editor.must<{ doc: { id: number } }>('POST', '/disclaimers', {
    title: disclaimerTitle.text,
    scope: 'condition',
    conditions: [condition.id],
    active: true,
    body: richText(vectorNodes(HTML_VECTORS, true)),
  })
  cleanup.push(() => editor.send('DELETE', `/disclaimers/${disclaimer.id}`))
  store('disclaimer title', disclaimerTitle.ids)
  store(
    'disclaimer body (rich text)',
    HTML_VECTORS.map((v) => v.id),
  )
  await placeLinks('disclaimer body links (URL)', `/disclaimers/${disclaimer.id}`, {
    body: richText([...vectorNodes(HTML_VECTORS, true), links()]),
  })

  // Conditions and disclaimers are reviewed text (issue 14): they reach visitors, and the leads
  // form that names the condition, once a reviewer approved them and a publisher published them.
  for (const path of [`/conditions/${condition.id}`, `/disclaimers/${disclaimer.id}`]) {
    await editor.must('POST', `${path}/workflow`, { action: 'submit' })
    await reviewer.must('POST', `${path}/workflow`, { action: 'approve' })
    await editor.must('POST', `${path}/workflow`, { action: 'publish' })
  }

  // Citations: valid papers, cited by the articles. The vectors go into their fields once the articles
  // are published (below): the publish gates refuse an article citing an invalid paper, while an
  // editor may still change a cited paper afterwards, and the site shows it as it is now.
  const citations: number[] = []
  const noSpaces = HTML_VECTORS.filter((vector) => !/\s/.test(vector.payload))
  let htmlAt = 0
  // Four papers take the markup vectors field by field; one more per URL vector takes it as its
  // address (one address a paper, so every stored URL vector stays stored).
  for (let index = 0; index < 4 + URL_VECTORS.length; index++) {
    const { doc } = await editor.must<{ doc: { id: number } }>('POST', '/citations', {
      authors: [{ name: 'Okafor M' }],
      title: `Xsscorpus citation ${tag} ${index}`,
      journal: 'J Regen Med',
      year: 2021,
      doi: `10.5555/xss.${tag}.${index}`,
    })
    citations.push(doc.id)
    cleanup.push(() => editor.send('DELETE', `/citations/${doc.id}`))
  }
  const poisonCitations = async () => {
    for (const [index, id] of citations.entries()) {
      const path = `/citations/${id}`
      if (index >= 4) {
        const vector = URL_VECTORS[index - 4]!
        await attempt(editor, 'citation url', [vector.id], 'PATCH', path, { url: vector.payload })
        continue
      }
      const authors = HTML_VECTORS.slice(htmlAt, htmlAt + 6)
      htmlAt += 6
      await attempt(
        editor,
        'citation authors',
        authors.map((v) => v.id),
        'PATCH',
        path,
        { authors: authors.map((v) => ({ name: v.payload })) },
      )
      const title = packVectors(HTML_VECTORS, 400, htmlAt)
      htmlAt = title.next
      await attempt(editor, 'citation title', title.ids, 'PATCH', path, { title: title.text })
      const journal = packVectors(HTML_VECTORS, 200, htmlAt)
      htmlAt = journal.next
      await attempt(editor, 'citation journal', journal.ids, 'PATCH', path, { journal: journal.text })
      for (const field of ['volume', 'issue', 'pages', 'epubDate']) {
        const vector = HTML_VECTORS[htmlAt++ % HTML_VECTORS.length]!
        await attempt(editor, `citation ${field}`, [vector.id], 'PATCH', path, { [field]: vector.payload })
      }
      for (const field of ['doi', 'pmid', 'pmcid']) {
        const vector = noSpaces[(index * 3 + ['doi', 'pmid', 'pmcid'].indexOf(field)) % noSpaces.length]!
        const value = field === 'doi' ? `10.5555/${tag}${index}${vector.payload}` : vector.payload
        await attempt(editor, `citation ${field}`, [vector.id], 'PATCH', path, { [field]: value })
      }
    }
  }

  // Articles: vectors in title, excerpt and SEO fields; the first one's body holds all of them.
  const articles: PlacedArticle[] = []
  let titleAt = 0
  let excerptAt = 40
  let metaAt = 0
  for (let index = 0; index < options.articles; index++) {
    const title = packVectors(HTML_VECTORS, 200, titleAt, `${searchWord} ${index}`)
    titleAt = title.next
    const excerpt = packVectors(HTML_VECTORS, 300, excerptAt)
    excerptAt = excerpt.next
    const metaTitle = packVectors(
      HTML_VECTORS.filter((v) => v.payload.length <= 70),
      70,
      metaAt,
    )
    metaAt = metaTitle.next
    const metaDescription = packVectors(HTML_VECTORS, 160, excerptAt)
    const body =
      index === 0
        ? [
            ...vectorNodes(HTML_VECTORS),
            links(),
            // Link text that is itself a vector, on a harmless address.
            paragraph(...HTML_VECTORS.slice(0, 30).map((v) => link(`https://example.org/${v.id}`, v.payload))),
          ]
        : [paragraph(text(excerpt.text))]
    const data = {
      title: title.text,
      // The slug made from a title full of markup can end up malformed; the slug's own vectors are placed below.
      slug: `${searchWord}-${index}`,
      type: 'research-summary',
      excerpt: excerpt.text,
      meta: { title: metaTitle.text, description: metaDescription.text },
      body: richText(body),
      citations,
      conditions: [condition.id],
    }
    const answer = await editor.send<{ doc: PlacedArticle }>('POST', '/articles', data)
    if (answer && index === 0) {
      store(
        'article body links (URL)',
        linkable.map((v) => v.id),
      )
      if (linksRefused > 0) refuse('article body links (URL)', linksRefused)
      store(
        'article body link text',
        HTML_VECTORS.slice(0, 30).map((v) => v.id),
      )
    }
    if (!answer) throw new Error(`The corpus article ${index} was refused: ${editor.lastRefusal} — ${JSON.stringify(data).slice(0, 300)}`)
    const { doc } = answer
    cleanup.unshift(() => editor.send('DELETE', `/articles/${doc.id}`))
    store('article title', title.ids)
    store('article excerpt', excerpt.ids)
    store('article meta title', metaTitle.ids)
    store('article meta description', metaDescription.ids)
    if (index === 0)
      store(
        'article body (rich text)',
        HTML_VECTORS.map((v) => v.id),
      )

    const comment = packVectors(HTML_VECTORS, 1000, index * 20)
    await attempt(editor, 'workflow comment', comment.ids, 'POST', `/articles/${doc.id}/workflow`, {
      action: 'comment',
      comment: comment.text,
    })
    if (options.publish) {
      await editor.must('POST', `/articles/${doc.id}/workflow`, { action: 'submit' })
      await reviewer.must('POST', `/articles/${doc.id}/workflow`, { action: 'approve' })
      await editor.must('POST', `/articles/${doc.id}/workflow`, { action: 'publish' })
    }
    const read = await editor.must<{ slug: string; title: string }>('GET', `/articles/${doc.id}?depth=0&draft=true`)
    articles.push({ id: doc.id, slug: read.slug, title: read.title })
  }

  await poisonCitations()

  // Draft titles holding every HTML vector, for the admin's lists and search.
  const drafts: PlacedArticle[] = []
  if (options.draftTitles) {
    for (let at = 0; at < HTML_VECTORS.length;) {
      const title = packVectors(HTML_VECTORS, 200, at, `${searchWord} draft`)
      if (title.next <= at) break
      at = title.next
      const answer = await attempt(editor, 'article title (drafts)', title.ids, 'POST', '/articles', {
        title: title.text,
        type: 'lifestyle-post',
      })
      if (answer?.doc) {
        const id = answer.doc.id
        drafts.push({ id, slug: '', title: title.text })
        cleanup.unshift(() => editor.send('DELETE', `/articles/${id}`))
      }
      if (at >= HTML_VECTORS.length) break
    }
  }

  // Slugs: a vector as the slug itself is tidied or refused.
  const slugVectors = noSpaces.slice(0, 5)
  for (const vector of slugVectors) {
    const answer = await editor.send<{ doc: { slug: string } }>('PATCH', `/articles/${articles[0]!.id}?draft=true`, {
      slug: vector.payload,
    })
    if (answer && answer.doc.slug === vector.payload) store('article slug (verbatim)', [vector.id])
    else refuse('article slug (tidied or refused)')
  }
  if (slugVectors.length > 0) {
    // Back to the published slug for the site (a draft change does not reach it anyway).
    await editor.send('PATCH', `/articles/${articles[0]!.id}?draft=true`, { slug: articles[0]!.slug })
  }

  // Site settings: every string field of the clinic profile, which reaches them only once a
  // reviewer approved it and a publisher published it (issue 14); put back by restore().
  let restoreSettings: (() => Promise<unknown>) | undefined
  if (options.siteSettings) {
    const profiles = await editor.must<{ docs: (Json & { id: number })[] }>('GET', '/clinic-profile?limit=1&depth=0&draft=true')
    const profile = profiles.docs[0]
    if (!profile) throw new Error('The XSS corpus needs the clinic profile (seeded demo content) to place the site settings vectors')
    const path = `/clinic-profile/${profile.id}`
    const reviewAndPublish = async () => {
      await editor.must('POST', `${path}/workflow`, { action: 'submit' })
      await reviewer.must('POST', `${path}/workflow`, { action: 'approve' })
      await editor.must('POST', `${path}/workflow`, { action: 'publish' })
    }
    const pick = (length: number) => {
      const packed = packVectors(HTML_VECTORS, length, htmlAt)
      htmlAt = packed.next
      return packed
    }
    const fields = {
      clinicName: pick(120),
      tagline: pick(200),
      street: pick(150),
      city: pick(100),
      region: pick(100),
      postalCode: pick(20),
      heading: pick(120),
      text: pick(600),
      buttonLabel: pick(60),
    }
    const phone = HTML_VECTORS.find((v) => v.payload.length < 40)!
    const answer = await editor.send('PATCH', `${path}?draft=true`, {
      clinicName: fields.clinicName.text,
      tagline: fields.tagline.text,
      phone: phone.payload,
      address: { street: fields.street.text, city: fields.city.text, region: fields.region.text, postalCode: fields.postalCode.text },
      callToAction: { heading: fields.heading.text, text: fields.text.text, buttonLabel: fields.buttonLabel.text },
    })
    if (answer) await reviewAndPublish()
    for (const [name, packed] of Object.entries(fields)) {
      if (answer) store(`site settings ${name}`, packed.ids)
      else refuse(`site settings ${name}`, packed.ids.length)
    }
    if (answer) store('site settings phone', [phone.id])
    else refuse('site settings phone', 1)
    const { id: _id, createdAt: _c, updatedAt: _u, workflowState: _w, _status: _s, ...original } = profile
    restoreSettings = async () => {
      await editor.must('PATCH', `${path}?draft=true`, {
        clinicName: original.clinicName,
        tagline: original.tagline,
        phone: original.phone,
        address: original.address,
        callToAction: original.callToAction,
      })
      await reviewAndPublish()
    }
  }

  // Leads, as a visitor sends them: name, message, phone and source page.
  const leads: number[] = []
  if (options.leads) {
    const submit = async (body: Json) => {
      const response = await fetch(`${cmsUrl}/api/leads/submit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      return response.status < 300
    }
    const lead = (n: number, extra: Json) => ({
      kind: 'information-packet',
      email: `xss.${tag}.${n}@example.org`,
      name: 'Ada Visitor',
      phone: '+1 555 010 0000',
      condition: condition.id,
      preferredContact: 'email',
      consent: true,
      sourcePage: '/information-packet',
      ...extra,
    })
    let n = 0
    for (let at = 0; at < HTML_VECTORS.length;) {
      const name = packVectors(HTML_VECTORS, 100, at)
      if (name.next <= at) break
      at = name.next
      const message = packVectors(HTML_VECTORS, 2000, (n * 37) % HTML_VECTORS.length)
      const source = HTML_VECTORS[(n * 7) % HTML_VECTORS.length]!
      const ok = await submit(lead(n++, { name: name.text, message: message.text, sourcePage: `/${source.payload}` }))
      if (ok) {
        store('lead name', name.ids)
        store('lead message', message.ids)
        store('lead source page', [source.id])
      } else refuse('lead name/message/source page', name.ids.length)
      if (at >= HTML_VECTORS.length) break
    }
    for (const vector of HTML_VECTORS.filter((v) => v.payload.length <= 30).slice(0, 5)) {
      if (await submit(lead(n++, { phone: vector.payload }))) store('lead phone', [vector.id])
      else refuse('lead phone')
      if (await submit(lead(n++, { email: vector.payload }))) store('lead email', [vector.id])
      else refuse('lead email')
    }
    const found = await editor.must<{ docs: { id: number }[] }>('GET', `/leads?where[email][like]=xss.${tag}&limit=200&depth=0`)
    leads.push(...found.docs.map((doc) => doc.id))
    for (const id of leads) cleanup.push(() => editor.send('DELETE', `/leads/${id}`))
  }

  return {
    stored,
    refused,
    searchWord,
    articles,
    drafts,
    condition,
    citations,
    disclaimer: disclaimer.id,
    leads,
    async restore() {
      const problems: string[] = []
      for (const step of [...(restoreSettings ? [restoreSettings] : []), ...cleanup, lastly]) {
        try {
          await step()
        } catch (error) {
          problems.push((error as Error).message)
        }
      }
      if (problems.length > 0) console.warn(`Cleaning up the XSS corpus: ${problems.join('; ')}`)
    },
    summary() {
      const fields = [...new Set([...stored.keys(), ...refused.keys()])]
      const everything = new Set([...stored.values()].flatMap((set) => [...set]))
      return [
        `XSS corpus: ${XSS_VECTORS.length} vectors (${HTML_VECTORS.length} markup/script, ${URL_VECTORS.length} URL); ${everything.size} distinct vectors stored somewhere.`,
        ...fields.map(
          (field) =>
            `  ${field}: ${stored.get(field)?.size ?? 0} stored${refused.get(field) ? `, ${refused.get(field)} refused by validation` : ''}`,
        ),
      ].join('\n')
    },
  }
}
