import type { FormEvent } from 'react'

import { libraryHref } from '../../lib/libraryParams'
import { useNavigate } from '../../router/RouterContext'

/** A search box that opens the research library with the words typed (a GET form without JavaScript). */
export function QuickSearch() {
  const navigate = useNavigate()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get('q') ?? '').trim()
    void navigate(libraryHref({ q }))
  }
  return (
    <form method="get" action="/research" role="search" aria-label="Research" className="quick-search" onSubmit={submit}>
      <label htmlFor="quick-search-q">Search the research</label>
      <div className="quick-search__row">
        <input id="quick-search-q" name="q" type="search" maxLength={200} autoComplete="off" enterKeyHint="search" />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  )
}
