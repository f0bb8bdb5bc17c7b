import { withShownMedia } from '../collections/Media/hooks/refreshShownMedia'
import { withListSizeCap } from '../hooks/capListSize'
import { withGlobalResponseCacheInvalidation, withResponseCacheInvalidation } from '../hooks/invalidateResponseCache'
import { withLiteralLikeSearch } from '../hooks/literalLikeSearch'
import { withWebhookEvents } from '../webhooks/articleHooks'
import { type LocalPlugin, localPlugin } from './localPlugin'

/**
 * Every piece of behaviour our collections share, in the order it wraps them (hooks of a later
 * plugin run after those of an earlier one). Payload's own collections are hardened apart, once
 * Payload has added them (payloadCollections/harden.ts).
 */
export const LOCAL_PLUGINS: readonly LocalPlugin[] = [
  // Marketing's webhooks: published, updated, unpublished and deleted articles (webhooks/).
  localPlugin({ name: 'webhook events', collections: ['articles'], collection: withWebhookEvents }),
  // Media shown on the site follows the documents that show it: a picture is public only while a
  // live document uses it (collections/Media/onSite.ts).
  localPlugin({
    name: 'shown media',
    collections: ['articles', 'conditions', 'disclaimers', 'reviewer-profiles'],
    collection: withShownMedia,
  }),
  // What visitors read: a change to it empties the response cache on every instance (http/responseCache).
  // Redirects are read by the site on an unknown address; an article's publish or unpublish bumps it too.
  localPlugin({
    name: 'response cache',
    collections: ['articles', 'citations', 'conditions', 'disclaimers', 'clinic-profile', 'reviewer-profiles', 'media', 'redirects'],
    collection: withResponseCacheInvalidation,
    globals: ['site-settings'],
    global: withGlobalResponseCacheInvalidation,
  }),
  // A REST list never returns more than one capped page (hooks/capListSize.ts).
  localPlugin({ name: 'list size cap', collections: 'all', collection: withListSizeCap }),
  // `like` and `contains` take the text literally (hooks/literalLikeSearch.ts).
  localPlugin({ name: 'literal like search', collections: 'all', collection: withLiteralLikeSearch }),
]

export const localPlugins = LOCAL_PLUGINS.map((entry) => entry.plugin)
