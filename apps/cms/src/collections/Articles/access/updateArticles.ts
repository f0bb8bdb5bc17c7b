import type { Access } from 'payload'

import { isStaff } from '../../../auth/hasRole'
import { asksToPublish, mayPublish } from './mayPublish'

/**
 * Staff edit articles; a save that publishes (`_status: 'published'`, also through a version
 * restore or a bulk edit) only by those who may publish. Payload's admin asks this function with
 * `_status: 'published'` to decide whether to show its Publish button, so others never see one.
 * The workflow hook then decides the rest (state, gates) for everyone.
 */
export const updateArticles: Access = ({ req: { user }, data }) => isStaff(user) && (!asksToPublish(data) || mayPublish(user))
