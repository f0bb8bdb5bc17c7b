import { Link } from '../router/Link'
import { NavLink } from '../router/NavLink'

export function SiteHeader({ clinicName }: { clinicName: string | undefined }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-name">
          {clinicName ?? 'Home'}
        </Link>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <NavLink to="/research">Research library</NavLink>
            </li>
            <li>
              <NavLink to="/conditions">Conditions</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
