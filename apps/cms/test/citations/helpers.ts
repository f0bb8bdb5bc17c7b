import { expect } from 'vitest'

/** Real PubMed text (NLM format), as an editor copies it from the "Cite" button. */
export const PUBMED = {
  /** No PMCID, so parsing warns about it. */
  dominici:
    'Dominici M, Le Blanc K, Mueller I, Slaper-Cortenbach I, Marini F, Krause D, Deans R, Keating A, Prockop Dj, Horwitz E. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315-7. doi: 10.1080/14653240600855905. PMID: 16923606.',
  /** A group author, an Epub date and a DOI in capitals. */
  recovery:
    'RECOVERY Collaborative Group; Horby P, Lim WS, Emberson JR. Dexamethasone in Hospitalized Patients with Covid-19. N Engl J Med. 2021 Feb 25;384(8):693-704. doi: 10.1056/NEJMoa2021436. Epub 2020 Jul 17. PMID: 32678530; PMCID: PMC7383595.',
}

/** The field errors of a refused save (Payload's ValidationError, one entry per field): path and message. */
export async function fieldErrors(response: Response): Promise<{ path: string; message: string }[]> {
  expect(response.status).toBe(400)
  const body = (await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }
  return (body.errors[0]?.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}
