import { describe, expect, it } from 'vitest'
import { isCallToAction } from '../src/callToAction'
import { isCitationLine } from '../src/citationLine'
import { isDisclaimerLine, matchChrome } from '../src/lineRoles'

describe('chrome phrases', () => {
  it.each([
    ['This site uses cookies to improve your browsing experience.', 'cookie-notice'],
    ['Accept All', 'cookie-notice'],
    ['Sign up for our newsletter', 'newsletter'],
    ['Join our mailing list for updates from the clinic.', 'newsletter'],
    ['Request a Free Information Packet', 'information-packet'],
    ['Thank you for your interest!', 'information-packet'],
  ])('%s is %s chrome', (line, kind) => expect(matchChrome(line)?.kind).toBe(kind))

  it('knows which lines open a widget', () => {
    expect(matchChrome('Request Information Packet')?.opener).toBe(true)
    expect(matchChrome('Thanks for your interest!')?.opener).toBe(false)
  })

  it.each([
    'Avoid cookies, pastries and sugary drinks in the evening.',
    'Our newsletter is one of many ways patients learn about research, and this long paragraph of an article goes on to say much more about what the clinic publishes and why, which no newsletter box would.',
  ])('%s is not chrome', (line) => expect(matchChrome(line)).toBeUndefined())
})

describe('disclaimer phrases', () => {
  it('needs two of the legal phrases, not one', () => {
    expect(
      isDisclaimerLine(
        'These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.',
      ),
    ).toBe(true)
    expect(isDisclaimerLine('This therapy is not intended to cure spinal cord injury, but it may support recovery.')).toBe(false)
  })
})

describe('calls to action', () => {
  it.each([
    'Call us at (727) 456-8968.',
    'Email yourjourney@example.com to learn more.',
    'Contact our team today.',
    'Schedule a free consultation with our care coordinators.',
    'Questions? Reach out to us any time.',
  ])('%s is a call to action', (line) => expect(isCallToAction(line)).toBe(true))

  it.each([
    'Patients should contact their physician before any change in treatment.',
    'Speak with your doctor about the risks.',
    'The study enrolled 120 patients between 2019 and 2021.',
    'PMID: 36911700; PMCID: PMC9999104.',
  ])('%s is not a call to action', (line) => expect(isCallToAction(line)).toBe(false))
})

describe('citation lines', () => {
  it('recognises a PubMed citation with or without "Source:"', () => {
    const citation =
      'Yuan X, Sun L. Stem Cell Therapy in Lupus. Rheumatol Immunol Res. 2022 Jul 6;3(2):61-68. doi: 10.2478/rir-2022-0011. PMID: 36465325.'
    expect(isCitationLine(citation)).toBe(true)
    expect(isCitationLine(`Source: ${citation}`)).toBe(true)
    expect(isCitationLine('Sources: a conference talk in 2021')).toBe(true)
  })

  it('does not take prose with years and numbers for a citation', () => {
    expect(
      isCitationLine('In 2019, PD caused the loss of 5.8 million disability-adjusted life years (DALYs), a significant rise from 2000.'),
    ).toBe(false)
    expect(isCitationLine('The PMID field is where PubMed puts its number.')).toBe(false)
  })
})
