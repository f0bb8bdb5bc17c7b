'use client'

import type { UIFieldClientComponent } from 'payload'

import type { ReadabilityReport } from '@clinic/workflow'

import { useWorkflowStatus } from '../workflowClient'
import './index.scss'

const baseClass = 'reading-level'

function Grade({ label, grade, target }: { label: string; grade: ReadabilityReport['body']; target: number }) {
  if (!grade) return <li>{label}: too short to measure yet.</li>
  const over = grade.grade > target
  return (
    <li className={over ? `${baseClass}__over` : undefined}>
      {label}: grade {grade.grade.toFixed(1)}{' '}
      {over ? `— above the target; shorter sentences and everyday words bring it down` : '— within the target'}
      <span className={`${baseClass}__counts`}>
        {' '}
        ({grade.words} words, {grade.sentences} sentences)
      </span>
    </li>
  )
}

/**
 * How hard the saved excerpt and body are to read (Flesch–Kincaid grade, from the workflow status)
 * against the target for the article's type. Guidance for the writer; it never blocks anything.
 */
export const ReadingLevel: UIFieldClientComponent = () => {
  const { status } = useWorkflowStatus()
  const report = status?.readability
  if (!report) return null
  return (
    <section className={baseClass} aria-labelledby={`${baseClass}-title`}>
      <h3 id={`${baseClass}-title`} className={`${baseClass}__title`}>
        Plain language
      </h3>
      <p>Target: school grade {report.target} or lower (Flesch–Kincaid, as last saved).</p>
      <ul>
        <Grade label="Excerpt" grade={report.excerpt} target={report.target} />
        <Grade label="Body" grade={report.body} target={report.target} />
      </ul>
    </section>
  )
}
