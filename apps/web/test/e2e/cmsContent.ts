import type { Article, Condition, Disclaimer } from '@clinic/shared-types'

/**
 * Content the e2e tests add to the seeded CMS through its REST API, as editors would: enough
 * articles for the library to have pages, and a disclaimer for one condition.
 */
export interface E2eContent {
  /** Published lifestyle posts about spinal cord injury, all containing the word "rehabilitation". */
  rehabilitationTitles: string[]
  conditionDisclaimer: { title: string; text: string; conditionSlug: string }
  /** A published article whose editor wrote its own meta title and description. */
  customMeta: { slug: string; title: string; metaTitle: string; metaDescription: string }
  /** An editor's login (role "editor" only), for the draft preview tests. */
  editorLogin: { email: string; password: string }
  /** A published article the preview tests change in draft (no other test reads it). */
  previewArticle: { id: number; slug: string; excerpt: string }
}

type Json = Record<string, unknown>

const text = (value: string) => ({ type: 'text', text: value, detail: 0, format: 0, mode: 'normal', style: '', version: 1 })
const base = { direction: 'ltr', format: '', indent: 0, version: 1 }
export const richText = (...paragraphs: string[]) => ({
  root: {
    ...base,
    type: 'root',
    children: paragraphs.map((value) => ({ ...base, type: 'paragraph', textFormat: 0, children: [text(value)] })),
  },
})

export class CmsSession {
  private constructor(
    private readonly api: string,
    private readonly token: string,
  ) {}

  static async signIn(cmsUrl: string, email: string, password: string): Promise<CmsSession> {
    const response = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    const body = (await response.json()) as { token?: string }
    if (!response.ok || !body.token) throw new Error(`Sign-in as ${email} failed: ${response.status} ${JSON.stringify(body)}`)
    return new CmsSession(`${cmsUrl}/api`, body.token)
  }

  async request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: Json): Promise<T> {
    const response = await fetch(`${this.api}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${this.token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const answer = (await response.json()) as T
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`)
    return answer
  }
}

/** Takes a document through the editorial workflow: submitted, medically approved, published. */
export async function review(
  editor: CmsSession,
  reviewer: CmsSession,
  collection: 'articles' | 'conditions' | 'disclaimers',
  id: number,
): Promise<void> {
  await editor.request('POST', `/${collection}/${id}/workflow`, { action: 'submit' })
  await reviewer.request('POST', `/${collection}/${id}/workflow`, { action: 'approve' })
  await editor.request('POST', `/${collection}/${id}/workflow`, { action: 'publish' })
}

/** Creates an article and takes it through the editorial workflow. */
export async function publishArticle(editor: CmsSession, reviewer: CmsSession, data: Json): Promise<Article> {
  const { doc } = await editor.request<{ doc: Article }>('POST', '/articles', data)
  await review(editor, reviewer, 'articles', doc.id)
  return doc
}

export async function addE2eContent(cmsUrl: string, admin: { email: string; password: string }): Promise<E2eContent> {
  const editor = await CmsSession.signIn(cmsUrl, admin.email, admin.password)
  const reviewerLogin = { email: 'e2e-reviewer@example.test', password: 'e2e-reviewer-password-1' }
  await editor.request('POST', '/users', { ...reviewerLogin, name: 'Dr. Maya Okafor', roles: ['medical-reviewer'] })
  const reviewer = await CmsSession.signIn(cmsUrl, reviewerLogin.email, reviewerLogin.password)

  const conditions = await editor.request<{ docs: Condition[] }>('GET', '/conditions?limit=50&depth=0')
  const bySlug = (slug: string) => {
    const found = conditions.docs.find((condition) => condition.slug === slug)
    if (!found) throw new Error(`The seed has no condition "${slug}"`)
    return found
  }
  const spinalCordInjury = bySlug('spinal-cord-injury')
  const als = bySlug('amyotrophic-lateral-sclerosis-als')

  const conditionDisclaimer = {
    title: 'About ALS research',
    text: 'Results in ALS trials vary widely between people; ask your neurologist how a study applies to you.',
    conditionSlug: als.slug!,
  }
  const { doc: disclaimer } = await editor.request<{ doc: Disclaimer }>('POST', '/disclaimers', {
    title: conditionDisclaimer.title,
    scope: 'condition',
    conditions: [als.id],
    active: true,
    body: richText(conditionDisclaimer.text),
  })
  // Disclaimers are reviewed text too (issue 14): visitors see it once it is approved and published.
  await review(editor, reviewer, 'disclaimers', disclaimer.id)

  const rehabilitationTitles: string[] = []
  for (let week = 1; week <= 11; week++) {
    const title = `Week ${week} of a home rehabilitation routine`
    await publishArticle(editor, reviewer, {
      title,
      type: 'lifestyle-post',
      excerpt: `Gentle exercises for week ${week}, chosen with physiotherapists for people living with a spinal cord injury.`,
      body: richText('Rehabilitation works best in short, regular sessions.', 'Stop and rest whenever something hurts.'),
      conditions: [spinalCordInjury.id],
    })
    rehabilitationTitles.push(title)
  }
  const customMeta = {
    title: 'Pacing your energy after a spinal cord injury',
    metaTitle: 'Energy pacing after spinal cord injury',
    metaDescription: 'A short guide to planning the day around energy after a spinal cord injury.',
  }
  const paced = await publishArticle(editor, reviewer, {
    title: customMeta.title,
    type: 'lifestyle-post',
    excerpt: 'Spread demanding tasks over the week and plan rests before you need them.',
    meta: { title: customMeta.metaTitle, description: customMeta.metaDescription },
    body: richText('Plan rests before you need them.'),
    conditions: [spinalCordInjury.id],
  })
  const editorLogin = { email: 'e2e-editor@example.test', password: 'e2e-editor-password-1' }
  await editor.request('POST', '/users', { ...editorLogin, name: 'Sam Editor', roles: ['editor'] })
  const previewExcerpt = 'What to pack for a first clinic visit, and which questions to bring.'
  const previewed = await publishArticle(editor, reviewer, {
    title: 'Preparing for your first clinic visit',
    type: 'lifestyle-post',
    excerpt: previewExcerpt,
    body: richText('Bring your scans and a list of medicines.'),
    conditions: [als.id],
  })
  return {
    rehabilitationTitles,
    conditionDisclaimer,
    customMeta: { ...customMeta, slug: paced.slug! },
    editorLogin,
    previewArticle: { id: previewed.id, slug: previewed.slug!, excerpt: previewExcerpt },
  }
}
