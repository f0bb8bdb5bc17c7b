import { parseArgs } from 'node:util'

export interface BenchOptions {
  scales: number[]
  /** Seconds of measured load per scenario and server. */
  duration: number
  warmup: number
  connections: number
  /** Keep a database an earlier run generated for the same scale instead of regenerating it. */
  reuse: boolean
  only: 'all' | 'cms' | 'bounded' | 'site' | 'site-cache' | 'faults'
}

const USAGE = `pnpm bench [--scales 1000,10000,100000] [--duration 8] [--warmup 2] [--connections 10] [--reuse] [--only cms|bounded|site|site-cache|faults]`

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: 'string', default: '1000,10000,100000' },
      duration: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '10' },
      reuse: { type: 'boolean', default: false },
      only: { type: 'string', default: 'all' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const scales = values.scales.split(',').map((scale) => Number(scale.trim()))
  const numbers = [values.duration, values.warmup, values.connections].map(Number)
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 100) || numbers.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new Error(`Invalid options.\nUsage: ${USAGE}`)
  }
  if (!['all', 'cms', 'bounded', 'site', 'site-cache', 'faults'].includes(values.only))
    throw new Error(`--only is all, cms, bounded, site, site-cache or faults.\nUsage: ${USAGE}`)
  return {
    scales: [...scales].sort((a, b) => a - b),
    duration: numbers[0]!,
    warmup: numbers[1]!,
    connections: numbers[2]!,
    reuse: values.reuse,
    only: values.only as BenchOptions['only'],
  }
}
