import { isDeepStrictEqual } from 'node:util'
import { ValidationError, type CollectionBeforeValidateHook, type ValidationFieldError } from 'payload'

import { validateCitation, type Citation as CitationData } from '@clinic/citations'
import type { Citation } from '@clinic/shared-types'

import { findTwins } from '../findTwins'
import { fieldPath, toCitation } from '../toCitation'

/** The tidied citation in the collection's shape; an empty optional field is null, never "". */
function toDocumentFields(citation: CitationData, rows: Citation['authors']): Partial<Citation> {
  return {
    // Row ids are kept so an unchanged author list stays the same rows.
    authors: citation.authors.map((name, index) => ({ ...rows[index], name })),
    title: citation.title,
    journal: citation.journal,
    year: citation.year,
    month: citation.month ?? null,
    day: citation.day ?? null,
    epubDate: citation.epubDate ?? null,
    volume: citation.volume ?? null,
    issue: citation.issue ?? null,
    pages: citation.pages ?? null,
    // Null, not "": the unique indexes on doi and pmid allow any number of nulls but one "".
    doi: citation.doi ?? null,
    pmid: citation.pmid ?? null,
    pmcid: citation.pmcid ?? null,
  }
}

/**
 * Every save (REST, local API, bulk update, the admin) checks the whole citation as it will be
 * stored, i.e. the stored document with the change applied, with the same rules the paste box
 * uses, and stores it tidied: DOI lower-case without prefix, PMID digits, PMCID "PMC…".
 * Every problem is reported at once, each on its field; nothing is stored if there is one.
 */
export const validateAndNormalize: CollectionBeforeValidateHook<Citation> = async ({ collection, data = {}, originalDoc, req }) => {
  const merged: Partial<Citation> = { ...originalDoc, ...data }
  const result = validateCitation(toCitation(merged))

  // The field's label ("PMID", not "pmid") is what the admin's error toast names.
  const fieldError = (path: string, message: string): ValidationFieldError => {
    const label = collection.flattenedFields.find((field) => field.name === path)?.label
    return label ? { path, message, label } : { path, message }
  }
  const errors = result.ok ? [] : result.errors.map((issue) => fieldError(fieldPath(issue), issue.message))
  // Looked up even when other fields are wrong, so the editor learns about the twin straight away.
  const twins = await findTwins(req, toCitation(merged), originalDoc?.id)
  errors.push(...twins.map((twin) => fieldError(twin.field, twin.message)))

  if (!result.ok || errors.length > 0) {
    throw new ValidationError({ collection: 'citations', errors, id: originalDoc?.id, req }, req.t)
  }

  // Only what the save sends or what tidying changed, so an update touches no other field.
  const tidied = toDocumentFields(result.citation, merged.authors ?? [])
  const changes = Object.fromEntries(
    Object.entries(tidied).filter(([key, value]) => key in data || !isDeepStrictEqual(value, merged[key as keyof Citation] ?? null)),
  )
  return { ...data, ...changes }
}
