import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { isStaff } from '../auth/hasRole'
import { runTrustAudit } from './liveItems'

/**
 * /admin/trust-audit: the same audit as `pnpm --filter @clinic/cms audit:trust`, for staff, with a
 * link to each item that breaks a trust rule.
 */
export async function TrustAuditView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    searchParams,
    user: req.user ?? undefined,
    visibleEntities,
  }
  if (!isStaff(req.user)) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Trust audit</h1>
          <p>Only editorial staff see the trust audit.</p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const report = await runTrustAudit(req.payload, req)
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1>Trust audit</h1>
        <p>
          {report.findings.length === 0
            ? `All ${report.items} live items keep every trust rule.`
            : `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'} in ${report.items} live items.`}{' '}
          Checked {new Date(report.checkedAt).toUTCString()}.
        </p>
        {report.findings.length > 0 && (
          <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: 'left' }}>
                  Rule
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  Item
                </th>
                <th scope="col" style={{ textAlign: 'left' }}>
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {report.findings.map((finding) => (
                <tr key={`${finding.rule}-${finding.item.kind}-${finding.item.id}`}>
                  <td>{finding.label}</td>
                  <td>
                    <a href={`/admin/collections/${finding.item.kind}/${finding.item.id}`}>
                      {finding.item.title || `${finding.item.kind} ${finding.item.id}`}
                    </a>
                  </td>
                  <td>{finding.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
