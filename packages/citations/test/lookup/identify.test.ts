import { describe, expect, it } from 'vitest'
import { recognizeIdentifier } from '../../src/lookup/index'

describe('recognizeIdentifier', () => {
  it.each([
    ['36911700', 'pmid', '36911700'],
    ['PMID: 36911700', 'pmid', '36911700'],
    ['https://pubmed.ncbi.nlm.nih.gov/36911700/', 'pmid', '36911700'],
    ['10.3389/fimmu.2023.1141601', 'doi', '10.3389/fimmu.2023.1141601'],
    ['doi: 10.3389/FIMMU.2023.1141601.', 'doi', '10.3389/fimmu.2023.1141601'],
    ['https://doi.org/10.1016/S0140-6736(18)32279-7', 'doi', '10.1016/s0140-6736(18)32279-7'],
    ['http://dx.doi.org/10.1073/pnas.2308706120', 'doi', '10.1073/pnas.2308706120'],
    ['PMC9999104', 'pmcid', 'PMC9999104'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9999104/', 'pmcid', 'PMC9999104'],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC10769841/', 'pmcid', 'PMC10769841'],
  ])('reads %s as a %s', (pasted, kind, value) => {
    expect(recognizeIdentifier(pasted)).toStrictEqual({ ok: true, kind, value })
  })

  it.each([
    ['', /Paste a PMID/],
    ['mesenchymal stem cells', /not a PMID, DOI or PMCID/],
    ['10.3389 /fimmu', /not a DOI/],
    ['1234567890', /not a PMID/],
  ])('refuses %j with a message', (pasted, message) => {
    const result = recognizeIdentifier(pasted)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(message)
  })
})
