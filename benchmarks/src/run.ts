/**
 * `pnpm bench`: every benchmark in turn, then benchmarks/REPORT.md. A section that fails is
 * reported as failed (and the run exits non-zero) but does not stop the others.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseOptions } from './options'
import { type ReportSection, writeReport } from './report'
import { sectionProducers } from './sections'

const REPORT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../REPORT.md')

const options = parseOptions(process.argv.slice(2).filter((arg) => arg !== '--'))
const sections: ReportSection[] = []
let failed = false
for (const producer of sectionProducers(options)) {
  console.log(`\n=== ${producer.name} ===`)
  try {
    sections.push(await producer.produce(options))
  } catch (error) {
    failed = true
    console.error(`The ${producer.name} benchmark failed:`, error)
    sections.push({ title: `${producer.name}: failed`, markdown: `\`\`\`\n${String((error as Error).stack ?? error)}\n\`\`\`` })
  }
}
await writeReport(REPORT, sections, `pnpm bench ${process.argv.slice(2).join(' ')}`.trim())
console.log(`\nReport written to ${path.relative(process.cwd(), REPORT)}`)
for (const section of sections) console.log(`\n## ${section.title}\n\n${section.markdown}`)
process.exit(failed ? 1 : 0)
