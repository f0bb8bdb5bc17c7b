import type { Config } from '@clinic/shared-types'

// The generated types are shared with the site, which must not see this augmentation.
declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the augmentation is the point
  export interface GeneratedTypes extends Config {}
}
