/**
 * Draft previews live under /preview/: never cached, never indexed, rendered on the server only
 * (no client script, so nothing in the browser can refetch the published text over the draft).
 */
export const PREVIEW_PREFIX = '/preview/'

export const isPreviewPath = (pathname: string) => pathname.startsWith(PREVIEW_PREFIX)
