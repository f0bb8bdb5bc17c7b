import type { Citation } from '@clinic/citations'
import type { LexicalDocument } from '@clinic/rich-text'

export type PageKind = 'research-summary' | 'condition-guide' | 'lifestyle-post' | 'site-disclaimer' | 'chrome' | 'unclassified'

/** The same categories as the CMS's Conditions collection. */
export type ConditionCategory = 'neurological' | 'autoimmune' | 'orthopaedic' | 'pulmonary' | 'other'

export interface PageCondition {
  name: string
  slug: string
  category: ConditionCategory
}

/** One page of the export, ready for the CMS to turn into an article (or to skip). */
export interface ImportedPage {
  /** 0-based position in the export. */
  index: number
  kind: PageKind
  /**
   * sha256 (hex) of the page's normalised text: the same page gives the same fingerprint in any
   * export, wherever it stands, so the CMS can skip pages it has already imported.
   */
  fingerprint: string
  /** 1-based line numbers in the file, for messages ("lines 67–96"). */
  firstLine: number
  lastLine: number
  /** The page's lines as they are in the file (trimmed), joined with "\n", for editors to read. */
  sourceText: string
  title?: string
  /** Always true when there is a title: the scrape lost every page title, so each one is made up. */
  titleDerived: boolean
  excerpt?: string
  excerptDerived?: boolean
  /** For articles and the disclaimer. Research summaries' bodies leave out the citation line. */
  body?: LexicalDocument
  /**
   * WordPress pages: the same body as clean HTML that keeps links (safe addresses only), bold,
   * italic, nested lists and images (`<img src alt>`, each standing alone), for the CMS to convert
   * with its editor's own HTML converter. `body` is the same content as plain blocks.
   */
  bodyHtml?: string
  /** Research summaries: the trailing citation, parsed by @clinic/citations (absent if it could not be read). */
  citation?: Citation
  /** The parser's warnings (plain words), or its errors when the citation could not be read. */
  citationWarnings?: string[]
  /** The citation line as it stands in the file (with its "Source:" if it has one). */
  citationText?: string
  /** Research summaries: the citation's normalised DOI / PMID, keys for finding an earlier import. */
  naturalKeys?: { doi?: string; pmid?: string }
  /** The page's primary condition(s), most prominent first. */
  conditions?: PageCondition[]
  /** Condition guides and lifestyle posts: the closing paragraph with the phone number / e-mail / "call us". */
  callToAction?: string
  /** Things an editor must check, in plain words. */
  flags: string[]
  /** Why a page is skipped (chrome) or could not be classified. */
  reason?: string
  /** Pages read from a WordPress export (wxr/): where the page was and what WordPress knew of it. */
  wordpress?: WordPressOrigin
}

export interface WordPressOrigin {
  postId: string
  postType: 'post' | 'page'
  /** WordPress's status (publish, draft, private, future, pending). */
  status: string
  /** The old slug (post_name), reused for the new page when free. */
  slug: string
  /** The old address; recorded as a redirect to the new page. */
  oldUrl: string
  /** The original publication date (post_date_gmt), ISO 8601. */
  publishedAt?: string
  creator: string
  /** Category and tag names. */
  terms: string[]
  /** The featured image (_thumbnail_id) and the images in the body, with their alt text ('' if none). */
  images: WordPressImage[]
}

/** An image of a WordPress post: its featured image or one in its body (bodyHtml's `<img src>` is `url`). */
export interface WordPressImage {
  url: string
  /** The `alt` attribute, else the attachment's `_wp_attachment_image_alt`; '' when the export has none. */
  alt: string
  caption?: string
  featured: boolean
  /** The attachment's file under the site's uploads folder (`_wp_attached_file`, e.g. 2008/06/canola2.jpg). */
  localFile?: string
}

export type ParseExportResult = { ok: true; pages: ImportedPage[] } | { ok: false; error: string }
