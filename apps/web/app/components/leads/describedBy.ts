/** aria-describedby from the ids that exist (a hint, an error), or nothing at all. */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined
