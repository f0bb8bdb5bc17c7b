/** "Trust audit" under the collections in the admin's navigation. */
export function TrustAuditNavLink() {
  return (
    <a className="nav__link" href="/admin/trust-audit" style={{ display: 'block', padding: '0.25rem 0' }}>
      Trust audit
    </a>
  )
}
