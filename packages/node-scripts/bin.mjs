#!/usr/bin/env node
// `bundle-node-scripts <outdir> <entry.ts>…`: see bundle.mjs.
import { bundleNodeScripts } from './bundle.mjs'

const [outdir, ...entryPoints] = process.argv.slice(2)
if (!outdir || entryPoints.length === 0) {
  console.error('usage: bundle-node-scripts <outdir> <entry.ts> [more.ts…]')
  process.exit(2)
}
try {
  const outputs = await bundleNodeScripts({ outdir, entryPoints })
  console.log(`bundled ${outputs.length} script(s) into ${outdir}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
