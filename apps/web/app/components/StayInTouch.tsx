import { Link } from '../router/Link'

/**
 * The footer's quiet invitation on every page: two plain links, no pop-up, nothing in the way of
 * reading. (The forms' code loads only on their own pages.)
 */
export function StayInTouch() {
  return (
    <section aria-labelledby="stay-in-touch-heading" className="stay-in-touch">
      <h2 id="stay-in-touch-heading">Stay in touch</h2>
      <ul className="stay-in-touch__links">
        <li>
          <Link to="/information-packet">Request an information packet</Link>
        </li>
        <li>
          <Link to="/newsletter">Sign up for the newsletter</Link>
        </li>
      </ul>
    </section>
  )
}
