/**
 * The expected access, written once as data from the product rules (README "Content API" and
 * "Editorial workflow", src/collections/Articles/WORKFLOW.md, src/collections/Leads/README.md), not
 * from the access functions:
 *
 * - Visitors and marketing (signed in or by API key) read what is published (articles and
 *   conditions and citations: the live version; disclaimers: published, active and in effect; media,
 *   site settings).
 * - API keys "never see drafts, version history, users or leads, and write nothing".
 * - Leads: only admin and marketing, signed in, read them; marketing changes a lead's status only,
 *   contact details are the admin's; only admins delete; visitors only submit through the endpoint.
 * - Staff (editor, medical reviewer, publisher, admin) work on content and see drafts; publishing
 *   (`_status: 'published'`, also by restoring a version) is for publishers and admins, and so is
 *   deleting a live article, condition, disclaimer or citation (issue 14: they are reviewed like articles). The workflow hook then judges states and gates (not checked here).
 * - Users: admins manage everyone; people edit their own account (not by key); everyone signed in
 *   lists colleagues by name, but e-mail, roles and API keys are the owner's and the admin's; roles and
 *   API keys are changed only by admins. Webhook endpoints, deliveries and imports are the admin's.
 * - The workflow trail is read by staff and written by the CMS only.
 * - Redirects (README "Moving from WordPress"): editors and admins create, edit and delete them;
 *   staff read all; visitors, keys and marketing only those whose target is live (a site path, a
 *   published article or condition), so an old address never leads to, nor reveals, a draft.
 *
 * Rules: `all` allowed; `published` reads of published content only; `own` only the caller's own
 * document; `unpublished` only documents that are not live; `deny` refused.
 */
import type { ProbeRole } from './roles'

export type Rule = 'all' | 'published' | 'own' | 'unpublished' | 'deny'

export const OPERATIONS = ['read', 'readVersions', 'create', 'update', 'publish', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

/** Rules in the order of PROBE_ROLES: anonymous, apiKey, editor, reviewer, publisher, marketing, admin. */
type Row = readonly [Rule, Rule, Rule, Rule, Rule, Rule, Rule]
const ORDER: readonly ProbeRole[] = ['anonymous', 'apiKey', 'editor', 'reviewer', 'publisher', 'marketing', 'admin']

const A = 'all' as const
const P = 'published' as const
const O = 'own' as const
const U = 'unpublished' as const
const D = 'deny' as const

//                                  anon key  edit rev  pub  mkt  admin
const STAFF: Row /*           */ = [D, D, A, A, A, D, A]
const ADMIN: Row /*           */ = [D, D, D, D, D, D, A]
const NOBODY: Row /*          */ = [D, D, D, D, D, D, D]
const PUBLIC_READ: Row /*     */ = [A, A, A, A, A, A, A]
const PUBLISHED_READ: Row /*  */ = [P, P, A, A, A, P, A]
const EDITORS_ADMINS: Row /*  */ = [D, D, A, D, D, D, A]

export const ACCESS_TABLE = {
  //                read            readVersions  create  update                 publish                delete
  articles: row(PUBLISHED_READ, STAFF, STAFF, STAFF, [D, D, D, D, A, D, A], [D, D, U, U, A, D, A]),
  citations: row(PUBLISHED_READ, STAFF, STAFF, STAFF, [D, D, D, D, A, D, A], [D, D, U, U, A, D, A]),
  conditions: row(PUBLISHED_READ, STAFF, STAFF, STAFF, [D, D, D, D, A, D, A], [D, D, U, U, A, D, A]),
  disclaimers: row(PUBLISHED_READ, STAFF, STAFF, STAFF, [D, D, D, D, A, D, A], [D, D, U, U, A, D, A]),
  media: row(PUBLIC_READ, NOBODY, STAFF, STAFF, NOBODY, STAFF),
  leads: row([D, D, D, D, D, A, A], NOBODY, NOBODY, [D, D, D, D, D, A, A], NOBODY, ADMIN),
  users: row([D, D, A, A, A, A, A], NOBODY, ADMIN, [D, D, O, O, O, O, A], NOBODY, ADMIN),
  'webhook-endpoints': row(ADMIN, NOBODY, ADMIN, ADMIN, NOBODY, ADMIN),
  'webhook-deliveries': row(ADMIN, NOBODY, NOBODY, NOBODY, NOBODY, ADMIN),
  'workflow-events': row(STAFF, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY),
  'legacy-imports': row(ADMIN, NOBODY, ADMIN, NOBODY, NOBODY, ADMIN),
  // README "Redirects": editors and admins keep them; everyone else reads only those whose target is live.
  redirects: row(PUBLISHED_READ, NOBODY, EDITORS_ADMINS, EDITORS_ADMINS, NOBODY, EDITORS_ADMINS),
  // Payload's own: the admin keeps each signed-in person's preferences and edit locks; keys write nothing.
  'payload-preferences': row([D, D, O, O, O, O, O], NOBODY, [D, D, O, O, O, O, O], [D, D, O, O, O, O, O], NOBODY, [D, D, O, O, O, O, O]),
  'payload-locked-documents': row([D, A, A, A, A, A, A], NOBODY, [D, D, A, A, A, A, A], [D, D, A, A, A, A, A], NOBODY, [
    D,
    D,
    A,
    A,
    A,
    A,
    A,
  ]),
  'payload-jobs': row(NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY),
  'payload-migrations': row(ADMIN, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY),
  'rate-limit-hits': row(NOBODY, NOBODY, NOBODY, NOBODY, NOBODY, NOBODY),
  // Globals: read / update.
  'site-settings': row(PUBLIC_READ, NOBODY, NOBODY, ADMIN, NOBODY, NOBODY),
} as const satisfies Record<string, Record<Operation, Record<ProbeRole, Rule>>>

export type ProbeCollection = keyof typeof ACCESS_TABLE

/** The custom endpoints: who may call each (the data it returns is still leak-checked). */
export const ENDPOINT_TABLE = {
  'articles.search': tuple(PUBLIC_READ),
  'articles.preview': tuple(PUBLIC_READ), // the token is the credential
  'articles.previewUrl': tuple(STAFF),
  'articles.workflowStatus': tuple(STAFF),
  'articles.changesSinceReview': tuple(STAFF), // drafts' words: staff only
  'articles.workflowAction': tuple(STAFF),
  'citations.parse': tuple(STAFF),
  'leads.submit': tuple(PUBLIC_READ),
  'leads.export': tuple([D, D, D, D, D, A, A]),
  'leads.confirm': tuple(PUBLIC_READ), // the token is the credential
  'leads.unsubscribe': tuple(PUBLIC_READ),
  'webhook-deliveries.resend': tuple(ADMIN),
  'users.me': tuple(PUBLIC_READ),
  'feeds.read': tuple(PUBLIC_READ),
  'payload-jobs.run': tuple(ADMIN), // the CMS runs its own queue; keys and marketing write nothing
} as const satisfies Record<string, Record<ProbeRole, Rule>>

export type ProbeEndpoint = keyof typeof ENDPOINT_TABLE

export function expectedRule(role: ProbeRole, collection: ProbeCollection, operation: Operation): Rule {
  return ACCESS_TABLE[collection][operation][role]
}

export function expectedEndpointRule(role: ProbeRole, endpoint: ProbeEndpoint): Rule {
  return ENDPOINT_TABLE[endpoint][role]
}

/**
 * Who may see each kind of secret text the fixture plants (see markers.ts). A marker that became
 * part of published content (a publisher published that draft during the run) is public from then on.
 */
export const MARKER_CLASSES = ['draft', 'superseded', 'trail', 'hiddenDisclaimer', 'lead', 'secret', 'import', 'user'] as const
export type MarkerClass = (typeof MARKER_CLASSES)[number]

//                                         anon   key    edit   rev    pub    mkt    admin
const STAFF_SEES = [false, false, true, true, true, false, true] as const
export const SEES: Record<MarkerClass, Record<ProbeRole, boolean>> = {
  draft: tuple(STAFF_SEES), // never-published drafts, newer drafts of live articles, articles in review
  superseded: tuple(STAFF_SEES), // text of an older published version, now only in the history
  trail: tuple(STAFF_SEES), // workflow comments
  hiddenDisclaimer: tuple(STAFF_SEES), // inactive or not yet in effect
  lead: tuple([false, false, false, false, false, true, true]),
  secret: tuple([false, false, false, false, false, false, true]), // webhook secrets, URLs, delivery errors
  import: tuple(STAFF_SEES), // the file's name: imports are the admin's, but staff see it in imported articles' import note
  user: tuple([false, false, false, false, false, false, true]), // someone's e-mail (the owner sees their own)
}

function tuple<T>(values: readonly [T, T, T, T, T, T, T]): Record<ProbeRole, T> {
  return Object.fromEntries(ORDER.map((role, i) => [role, values[i]])) as Record<ProbeRole, T>
}

function row(read: Row, readVersions: Row, create: Row, update: Row, publish: Row, del: Row): Record<Operation, Record<ProbeRole, Rule>> {
  return {
    read: tuple(read),
    readVersions: tuple(readVersions),
    create: tuple(create),
    update: tuple(update),
    publish: tuple(publish),
    delete: tuple(del),
  }
}

/** Fields a permitted update may still not change, and who may: roles and API keys, leads' contact details. */
export const FIELD_WRITERS: Partial<Record<ProbeCollection, Record<string, readonly ProbeRole[]>>> = {
  users: { roles: ['admin'], enableAPIKey: ['admin'], apiKey: ['admin'] },
  leads: { email: ['admin'], name: ['admin'] },
}
