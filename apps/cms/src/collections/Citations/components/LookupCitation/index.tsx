'use client'

import type { FieldDifference } from '@clinic/citations/lookup'
import { Button, useConfig, useForm } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import type { LookupRequest, LookupResponse } from '../../endpoints/lookup'
import { fillForm } from '../PasteCitation/fillForm'
import '../PasteCitation/index.scss'

type Found = Extract<LookupResponse, { ok: true }>

type Outcome =
  | { kind: 'idle' }
  | { kind: 'confirm'; found: Found }
  | { kind: 'filled'; found: Found }
  | { kind: 'failed'; errors: { message: string }[] }

const baseClass = 'paste-citation'
const SOURCE_NAMES = { pubmed: 'PubMed', crossref: 'Crossref' } as const
const STATUS_WORDS = {
  retracted: 'This paper was retracted.',
  concern: 'This paper has an expression of concern.',
  corrected: 'This paper has a correction.',
} as const
const FORM_FIELDS = ['title', 'journal', 'year', 'month', 'day', 'epubDate', 'volume', 'issue', 'pages', 'doi', 'pmid', 'pmcid'] as const

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)'
  return Array.isArray(value) ? value.join('; ') : String(value)
}

/**
 * "Look up by PMID, DOI or PMCID": asks POST /api/citations/lookup with what is typed in the form,
 * lists the fields where the source of record disagrees for the editor to confirm before anything
 * is overwritten, then fills the form (never saves). Errors are shown beside the box; the fields
 * stay editable by hand throughout.
 */
export const LookupCitation: UIFieldClientComponent = () => {
  const form = useForm()
  const {
    config: {
      routes: { api: apiRoute },
    },
  } = useConfig()
  const [identifier, setIdentifier] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const inputId = useId()

  function typedFields(): LookupRequest['fields'] {
    const data = form.getData() as Record<string, unknown>
    const fields: Record<string, unknown> = {}
    for (const name of FORM_FIELDS) if (data[name] !== undefined && data[name] !== null && data[name] !== '') fields[name] = data[name]
    if (Array.isArray(data.authors)) fields.authors = data.authors
    return fields as LookupRequest['fields']
  }

  function fill(found: Found) {
    const { fields } = found
    fillForm(form, {
      ...fields,
      authors: fields.authors ?? [],
      title: fields.title ?? '',
      journal: fields.journal ?? '',
      year: fields.year ?? 0,
    } as Parameters<typeof fillForm>[1])
    setOutcome({ kind: 'filled', found })
  }

  async function lookUp() {
    setBusy(true)
    try {
      const response = await fetch(formatAdminURL({ apiRoute, path: '/citations/lookup' }), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ identifier, fields: typedFields() } satisfies LookupRequest),
        // The server's lookup has its own deadlines; this only guards against a lost connection.
        signal: AbortSignal.timeout(60_000),
      })
      const body = (await response.json().catch(() => undefined)) as LookupResponse | { errors?: { message: string }[] } | undefined
      if (body && 'ok' in body && body.ok) {
        // Overwriting what the editor typed needs their say-so; filling empty fields does not.
        const conflicts = body.differences.filter((difference) => difference.kind !== 'only-looked-up')
        if (conflicts.length > 0) setOutcome({ kind: 'confirm', found: body })
        else fill(body)
      } else {
        const errors = body?.errors?.length ? body.errors : [{ message: `The server answered ${response.status}.` }]
        setOutcome({ kind: 'failed', errors })
      }
    } catch {
      setOutcome({
        kind: 'failed',
        errors: [{ message: 'Could not reach the server; nothing was filled in. You can fill in the fields by hand.' }],
      })
    } finally {
      setBusy(false)
    }
  }

  const differences = (list: FieldDifference[]) => list.filter((difference) => difference.kind !== 'only-looked-up')

  return (
    <div className={`field-type ${baseClass} lookup-citation`}>
      <label className="field-label" htmlFor={inputId}>
        Look up by PMID, DOI or PMCID
      </label>
      <input
        id={inputId}
        className={`${baseClass}__input`}
        value={identifier}
        onChange={(event) => setIdentifier(event.target.value)}
        placeholder="38147649, 10.1073/pnas.2308706120, PMC10769841 or a PubMed / doi.org link"
      />
      <Button
        buttonStyle="secondary"
        size="small"
        className={`${baseClass}__fill`}
        disabled={busy || identifier.trim() === ''}
        onClick={() => void lookUp()}
      >
        {busy ? 'Looking up…' : 'Look up'}
      </Button>

      {outcome.kind === 'failed' && (
        <div className={`${baseClass}__errors`} role="alert">
          <ul>
            {outcome.errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome.kind === 'confirm' && (
        <div className={`${baseClass}__result`} role="status">
          <p>{SOURCE_NAMES[outcome.found.source]} differs from what is typed here:</p>
          <ul className={`${baseClass}__warnings`}>
            {differences(outcome.found.differences).map((difference) => (
              <li key={difference.field} data-field={difference.field}>
                <strong>{difference.field}</strong>: “{shown(difference.pasted)}” → “{shown(difference.lookedUp)}”
              </li>
            ))}
          </ul>
          <Button buttonStyle="primary" size="small" onClick={() => fill(outcome.found)}>
            Replace with {SOURCE_NAMES[outcome.found.source]}’s fields
          </Button>{' '}
          <Button buttonStyle="secondary" size="small" onClick={() => setOutcome({ kind: 'idle' })}>
            Keep mine
          </Button>
        </div>
      )}
      {outcome.kind === 'filled' && (
        <div className={`${baseClass}__result`} role="status">
          <p>
            Fields filled in from {SOURCE_NAMES[outcome.found.source]}
            {outcome.found.cached ? ' (looked up earlier)' : ''}. Check them, then save.
          </p>
          {outcome.found.retraction.status !== 'none' && (
            <ul className={`${baseClass}__warnings`}>
              <li>{STATUS_WORDS[outcome.found.retraction.status]}</li>
              {outcome.found.retraction.notices.map((notice) => (
                <li key={notice.url}>
                  <a href={notice.url} target="_blank" rel="noopener noreferrer">
                    {notice.label}
                  </a>
                  {notice.date ? ` (${notice.date})` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
