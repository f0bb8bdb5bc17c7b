'use client'

import type { CitationIssue } from '@clinic/citations'
import { Button, useConfig, useForm } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'

import type { ParseRequest, ParseResponse } from '../../endpoints/parse'
import { fillForm } from './fillForm'
import './index.scss'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'filled'; warnings: CitationIssue[]; duplicates: Extract<ParseResponse, { ok: true }>['duplicates'] }
  | { kind: 'failed'; errors: { message: string }[] }

const baseClass = 'paste-citation'

/** One line per existing citation, even when it matches on both the DOI and the PMID. */
function sameCitations(duplicates: Extract<ParseResponse, { ok: true }>['duplicates']) {
  const byId = new Map<number, { id: number; label: string; identifiers: string }>()
  for (const { field, id, label } of duplicates) {
    const name = field === 'doi' ? 'DOI' : 'PMID'
    const seen = byId.get(id)
    byId.set(id, { id, label, identifiers: seen ? `${seen.identifiers} and ${name}` : name })
  }
  return [...byId.values()]
}

/**
 * "Paste a citation": the editor pastes PubMed's text, "Fill fields" has the server read it
 * (POST /api/citations/parse, the same parser the tests cover) and fills the form. It never
 * saves; warnings and errors stay visible next to the box until the next attempt.
 */
export const PasteCitation: UIFieldClientComponent = () => {
  const form = useForm()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const inputId = useId()

  async function fill() {
    setBusy(true)
    try {
      const response = await fetch(formatAdminURL({ apiRoute, path: '/citations/parse' }), {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text } satisfies ParseRequest),
      })
      const body = (await response.json().catch(() => undefined)) as ParseResponse | { errors?: { message: string }[] } | undefined
      if (body && 'ok' in body && body.ok) {
        fillForm(form, body.citation)
        setOutcome({ kind: 'filled', warnings: body.warnings, duplicates: body.duplicates })
      } else {
        const errors = body?.errors?.length ? body.errors : [{ message: `The server answered ${response.status}.` }]
        setOutcome({ kind: 'failed', errors })
      }
    } catch {
      setOutcome({ kind: 'failed', errors: [{ message: 'Could not reach the server; nothing was filled in.' }] })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className={`field-type ${baseClass}`}>
      <label className="field-label" htmlFor={inputId}>
        Paste a citation
      </label>
      <textarea
        id={inputId}
        className={`${baseClass}__input`}
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Xia Y, Li Z, … Front Immunol. 2023 Mar 2;14:1141601. doi: 10.3389/fimmu.2023.1141601. PMID: 36911700; PMCID: PMC9999104."
      />
      <div className="field-description">
        From PubMed: “Cite” → NLM format → Copy. “Fill fields” replaces the fields below; check them, then save.
      </div>
      <Button
        buttonStyle="secondary"
        size="small"
        className={`${baseClass}__fill`}
        disabled={busy || text.trim() === ''}
        onClick={() => void fill()}
      >
        {busy ? 'Reading…' : 'Fill fields'}
      </Button>

      {outcome.kind === 'failed' && (
        <div className={`${baseClass}__errors`} role="alert">
          <p>Nothing was filled in:</p>
          <ul>
            {outcome.errors.map((error, index) => (
              <li key={index}>{error.message}</li>
            ))}
          </ul>
        </div>
      )}
      {outcome.kind === 'filled' && (
        <div className={`${baseClass}__result`} role="status">
          <p>Fields filled in. Check them, then save.</p>
          {sameCitations(outcome.duplicates).map(({ id, label, identifiers }) => (
            <p key={id} className={`${baseClass}__twin`}>
              {/* A new tab, so an article being edited around this drawer is not left unsaved. */}
              <a href={formatAdminURL({ adminRoute, path: `/collections/citations/${id}` })} target="_blank" rel="noopener">
                Open “{label}”
              </a>{' '}
              (new tab) — it already has this {identifiers}. Use it rather than saving a twin.
            </p>
          ))}
          {outcome.warnings.length > 0 && (
            <ul className={`${baseClass}__warnings`}>
              {outcome.warnings.map((warning, index) => (
                <li key={index}>{warning.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
