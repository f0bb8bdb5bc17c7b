/** A relationship as Payload returns it: the related document when populated, its id otherwise. */
export type Related<T extends { id: number }> = number | T

export function relatedId<T extends { id: number }>(related: Related<T>): number {
  return typeof related === 'number' ? related : related.id
}

/** The populated documents only: an id alone means the visitor may not read that document. */
export function populated<T extends { id: number }>(list: readonly Related<T>[] | null | undefined): T[] {
  return (list ?? []).filter((item): item is T => typeof item !== 'number')
}
