import type { Access } from 'payload'

import { isStaff } from '../../../auth/hasRole'
import { asksToPublish, mayPublish } from './mayPublish'

/** Staff write articles; creating one straight into published is for those who may publish (and then the gates decide). */
export const createArticles: Access = ({ req: { user }, data }) => isStaff(user) && (!asksToPublish(data) || mayPublish(user))
