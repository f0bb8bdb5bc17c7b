import type { DehydratedState } from '@tanstack/react-query'

import type { PageStatus } from './router/resolvePage'

/** What the server hands the browser with the HTML, so hydration starts from the same data. */
export interface ClientState {
  status: PageStatus
  dehydratedState: DehydratedState
}

export const CLIENT_STATE_ID = 'clinic-state'

/**
 * JSON for a `<script type="application/json">` element: every "<" escaped, so no text in the data
 * (an article title containing "</script>", say) can end the element or start markup.
 */
export function serializeClientState(state: ClientState): string {
  return JSON.stringify(state).replace(/</g, '\\u003c')
}
