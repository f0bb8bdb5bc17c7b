import type { Prng } from './prng'
import { type MarkerClass, SEES } from './oracle'
import type { ProbeRole } from './roles'

/** Every planted secret looks like this: easy to find in any response, impossible to hit by chance. */
export const MARKER_PATTERN = /zqx[0-9a-f]{10}/g

export interface Marker {
  text: string
  kind: MarkerClass
  /** For `user`: the account whose e-mail it is (that person may see it). */
  ownerId?: number
}

/**
 * The unique strings planted in drafts, leads, secrets and e-mail addresses, what each one is,
 * and which have since become public (published during the run).
 */
export class MarkerRegistry {
  private readonly markers = new Map<string, Marker>()
  /** The same markers as a list, to pick from without copying the map (it grows all run). */
  private readonly list: Marker[] = []
  private publicNow = new Set<string>()

  constructor(private readonly prng: Prng) {}

  make(kind: MarkerClass, ownerId?: number): string {
    const text = `zqx${this.prng.hex(10)}`
    const marker = { text, kind, ownerId }
    this.markers.set(text, marker)
    this.list.push(marker)
    return text
  }

  setOwner(text: string, ownerId: number) {
    const marker = this.markers.get(text)
    if (marker) marker.ownerId = ownerId
  }

  get(text: string): Marker | undefined {
    return this.markers.get(text)
  }

  all(): Marker[] {
    return [...this.list]
  }

  /** One planted marker, chosen by the given PRNG. */
  pick(prng: Prng): Marker {
    return prng.pick(this.list)
  }

  /** Markers found in what is published now (read by the probe with access overridden). */
  setPublic(texts: Iterable<string>) {
    this.publicNow = new Set(texts)
  }

  isPublic(text: string): boolean {
    return this.publicNow.has(text)
  }

  /** May this caller see this marker? Unknown `zqx…` strings (none planted) are not secrets. */
  maySee(text: string, role: ProbeRole, selfId: number | null): boolean {
    const marker = this.markers.get(text)
    if (!marker || this.publicNow.has(text)) return true
    if (marker.kind === 'user' && selfId !== null && marker.ownerId === selfId) return true
    return SEES[marker.kind][role]
  }

  /** The markers in a text this caller must not see, leaving out those the request itself carried. */
  forbiddenIn(text: string, role: ProbeRole, selfId: number | null, sent: ReadonlySet<string>): string[] {
    const found = new Set(text.toLowerCase().match(MARKER_PATTERN) ?? [])
    return [...found].filter((m) => !sent.has(m) && !this.maySee(m, role, selfId))
  }
}

export function markersIn(text: string): Set<string> {
  return new Set(text.toLowerCase().match(MARKER_PATTERN) ?? [])
}
