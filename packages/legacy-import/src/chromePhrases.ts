/**
 * Page chrome: the text every page of the old site carried around its content (cookie banner,
 * newsletter box, the "Request Information Packet" form). It is recognised by its typical phrases,
 * never by its exact wording, so a reworded banner in another export is still skipped.
 */
export type ChromeKind = 'cookie-notice' | 'newsletter' | 'information-packet'

export interface ChromePhrases {
  kind: ChromeKind
  /** How the chrome is named to editors: "Page chrome (cookie notice): skipped." */
  label: string
  /**
   * Lines that start the widget. Each occurrence starts a new chrome page, so a prompt repeated
   * twelve times is reported as twelve skipped pieces, not one.
   */
  openers: readonly RegExp[]
  /** Lines that belong to the widget wherever they stand. */
  lines: readonly RegExp[]
  /**
   * Longer lines are prose, not chrome, even if they use the phrases (an article may say "join our
   * mailing list"); the cookie notice's paragraphs are the longest chrome (~600 characters).
   */
  maxLineLength: number
}

export const CHROME_PHRASES: readonly ChromePhrases[] = [
  {
    kind: 'cookie-notice',
    label: 'cookie notice',
    // The consent-plugin's heading and buttons, when the scrape keeps them.
    openers: [/^(?:privacy overview|cookie (?:settings|policy|consent|preferences))$/i],
    lines: [
      // "This website uses cookies…", "Necessary cookies are absolutely essential for the website…":
      // cookies together with the words only a cookie banner puts next to them.
      /\bcookies?\b.*\b(?:website|browser|consent|opt[- ]?out|third[- ]party|analytics|browsing)\b/i,
      /\b(?:website|browser|consent|opt[- ]?out|third[- ]party|analytics|browsing)\b.*\bcookies?\b/i,
      // Bare buttons and toggles of the banner.
      /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|always enabled|save & accept|necessary|non-necessary)$/i,
    ],
    maxLineLength: 1200,
  },
  {
    kind: 'newsletter',
    label: 'newsletter prompt',
    openers: [/^(?:subscribe|sign up)(?: to| for)? our newsletter!?$/i, /^newsletter$/i],
    lines: [
      /\bjoin our (?:mailing|e-?mail) list\b/i,
      /\b(?:successfully subscribed|thanks? (?:you )?for subscribing)\b/i,
      /\b(?:subscribe|sign up)(?: to| for)? our newsletter\b/i,
      /^(?:enter your )?e-?mail(?: address)?\*?$/i,
      /^subscribe!?$/i,
    ],
    maxLineLength: 200,
  },
  {
    kind: 'information-packet',
    label: 'information-packet prompt',
    openers: [/^request (?:an? |your )?(?:free )?info(?:rmation)? (?:packet|pack|kit)$/i],
    lines: [
      // "We'll send your FREE information packet that outlines…"
      /\binfo(?:rmation)? (?:packet|pack|kit)\b/i,
      /^thanks? (?:you )?for your interest[.!]?$/i,
    ],
    maxLineLength: 300,
  },
]
