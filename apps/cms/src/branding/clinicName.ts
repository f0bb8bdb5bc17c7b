import type { Payload } from 'payload'

/** The clinic's published name (Site settings, written from the reviewed Clinic profile). */
export async function clinicName(payload: Payload): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, select: { clinicName: true } })
  return settings.clinicName?.trim() || 'Clinic'
}

/** The first letters of the name's first two words: the mark in the admin's corner. */
export function monogram(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
  return letters.join('') || 'C'
}
