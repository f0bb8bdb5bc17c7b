/**
 * The languages PubMed names after the pages of a paper not written in English ("German.",
 * "English, French."): MEDLINE's language values as PubMed prints them. The citation does not
 * store the language (the bracketed translated title already tells the reader), so the sentence
 * is read and dropped rather than reported as text the parser did not understand.
 */
export const PUBMED_LANGUAGES: readonly string[] = [
  'Afrikaans',
  'Albanian',
  'Arabic',
  'Armenian',
  'Azerbaijani',
  'Bosnian',
  'Bulgarian',
  'Catalan',
  'Chinese',
  'Croatian',
  'Czech',
  'Danish',
  'Dutch',
  'English',
  'Esperanto',
  'Estonian',
  'Finnish',
  'French',
  'Georgian',
  'German',
  'Greek',
  'Greek, Modern',
  'Hebrew',
  'Hindi',
  'Hungarian',
  'Icelandic',
  'Indonesian',
  'Italian',
  'Japanese',
  'Kinyarwanda',
  'Korean',
  'Latin',
  'Latvian',
  'Lithuanian',
  'Macedonian',
  'Malay',
  'Malayalam',
  'Maori',
  'Multiple languages',
  'Norwegian',
  'Persian',
  'Polish',
  'Portuguese',
  'Pushto',
  'Romanian',
  'Russian',
  'Sanskrit',
  'Scottish Gaelic',
  'Serbian',
  'Slovak',
  'Slovenian',
  'Spanish',
  'Swedish',
  'Thai',
  'Turkish',
  'Ukrainian',
  'Undetermined',
  'Vietnamese',
  'Welsh',
]

const LANGUAGE_SET = new Set(PUBMED_LANGUAGES.map((language) => language.toLowerCase()))

/** "German", "English, French": one language or a comma-separated list of them. */
export function isLanguageSentence(sentence: string): boolean {
  const text = sentence.trim().toLowerCase()
  if (LANGUAGE_SET.has(text)) return true
  const parts = text.split(/\s*,\s*/)
  return parts.length > 1 && parts.length <= 6 && parts.every((part) => LANGUAGE_SET.has(part))
}
