/* Started from Payload's generated route; our delivery rules wrap its handlers (src/http). */
import config from '@payload-config'
import '@payloadcms/next/css'

import { createRestHandlers } from '../../../../http/restHandlers'

export const { GET, HEAD, POST, DELETE, PATCH, PUT, OPTIONS } = createRestHandlers(config)
