// The types themselves are generated into payload-types.ts by `pnpm generate:types`.
export type * from './payload-types'
