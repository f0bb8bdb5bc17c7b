import type { PageStatus } from '../router/resolvePage'
import { Link } from '../router/Link'

/** What a reader sees when a page cannot be shown: missing (404), the CMS out of reach (503), a bug (500). */
export function RouteErrorMessage({ status, href }: { status: Exclude<PageStatus, 200>; href: string }) {
  if (status === 404) {
    return (
      <div className="error-page">
        <h1 tabIndex={-1}>We can’t find that page</h1>
        <p>The page may have moved, or the address may have a typing mistake.</p>
        <ul>
          <li>
            <Link to="/research">Search the research library</Link>
          </li>
          <li>
            <Link to="/conditions">See the conditions we write about</Link>
          </li>
          <li>
            <Link to="/">Go to the home page</Link>
          </li>
        </ul>
      </div>
    )
  }
  const unavailable = status === 503
  return (
    <div className="error-page" role="alert">
      <h1 tabIndex={-1}>{unavailable ? 'Our research library is briefly unavailable' : 'Something went wrong'}</h1>
      <p>
        {unavailable
          ? 'We could not load this page just now. Nothing is wrong on your side; please try again in a moment.'
          : 'This page could not be shown. Please try again; if it keeps happening, contact us.'}
      </p>
      <p>
        {/* A full reload on purpose: it retries every part of the page, with or without JavaScript. */}
        <a className="button" href={href}>
          Try again
        </a>
      </p>
    </div>
  )
}
