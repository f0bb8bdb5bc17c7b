/** `pnpm --filter @clinic/benchmarks bench:faults`: the fault drill on its own; prints figures and the markdown section. */
import { faultsMarkdown, runFaults } from './faults'

const result = await runFaults()
console.log(JSON.stringify(result, null, 2))
console.log(`\n${faultsMarkdown(result)}`)
console.log(`CMS log: ${result.logs.file}`)
process.exit(result.passed ? 0 : 1)
