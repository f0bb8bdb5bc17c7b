import { useState, type FormEvent } from 'react'

import type { ConditionSummary } from '../../cms/types'
import { ARTICLE_TYPES, ARTICLE_TYPE_NAMES, isArticleType } from '../../lib/articleTypes'
import { isFiltered, libraryHref, readLibraryParams, type LibraryParams } from '../../lib/libraryParams'
import { Link } from '../../router/Link'
import { useNavigate } from '../../router/RouterContext'

interface LibraryFiltersProps {
  params: LibraryParams
  conditions: ConditionSummary[]
}

/**
 * Search words, condition and article type, applied together with one button (changing a select
 * never navigates by itself). A plain GET form, so it works before or without JavaScript; with it,
 * the URL is written without empty fields and the page changes without a reload.
 */
export function LibraryFilters({ params, conditions }: LibraryFiltersProps) {
  const navigate = useNavigate()
  const [draft, setDraft] = useState(params)
  const [applied, setApplied] = useState(params)
  // Back/forward or a shared link changed the URL: show what the URL says.
  if (libraryHref(applied) !== libraryHref(params)) {
    setApplied(params)
    setDraft(params)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const fields = new FormData(event.currentTarget)
    const search = new URLSearchParams([...fields].map(([key, value]) => [key, String(value)]))
    void navigate(libraryHref({ ...readLibraryParams(search), page: 1 }))
  }

  return (
    <form method="get" action="/research" role="search" aria-label="Research library" className="filters" onSubmit={submit}>
      <div className="filters__field filters__field--query">
        <label htmlFor="library-q">Search words</label>
        <input
          id="library-q"
          name="q"
          type="search"
          value={draft.q}
          onChange={(event) => setDraft({ ...draft, q: event.target.value })}
          maxLength={200}
          autoComplete="off"
          enterKeyHint="search"
        />
      </div>
      <div className="filters__field">
        <label htmlFor="library-condition">Condition</label>
        <select
          id="library-condition"
          name="condition"
          value={draft.condition ?? ''}
          onChange={(event) => setDraft({ ...draft, condition: event.target.value || undefined })}
        >
          <option value="">All conditions</option>
          {conditions.map((condition) => (
            <option key={condition.id} value={condition.slug ?? ''}>
              {condition.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__field">
        <label htmlFor="library-type">Type of article</label>
        <select
          id="library-type"
          name="type"
          value={draft.type ?? ''}
          onChange={(event) => {
            const type = event.target.value
            setDraft({ ...draft, type: isArticleType(type) ? type : undefined })
          }}
        >
          <option value="">All types</option>
          {ARTICLE_TYPES.map((type) => (
            <option key={type} value={type}>
              {ARTICLE_TYPE_NAMES[type].many}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Search
        </button>
        {isFiltered(params) ? <Link to="/research">Clear search and filters</Link> : null}
      </div>
    </form>
  )
}
