import { Link, type LinkProps } from './Link'
import { usePathname } from './RouterContext'

/**
 * A site-navigation link that tells assistive technology where the reader is: "page" on the page
 * itself, "true" anywhere in its section (an article is in the research library).
 */
export function NavLink(props: LinkProps) {
  const pathname = usePathname()
  const target = new URL(props.to, 'http://site.invalid').pathname
  const current = pathname === target ? 'page' : pathname.startsWith(`${target}/`) ? 'true' : undefined
  return <Link aria-current={current} {...props} />
}
