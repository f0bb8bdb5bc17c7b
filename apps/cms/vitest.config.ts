import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/setup/database.ts'],
    pool: 'forks',
    // Lexical under Node's default conditions can deadlock the module loader (packages/node-scripts).
    execArgv: ['--conditions=production'],
    // Each file boots its own Payload on its own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { LOG_LEVEL: 'fatal' },
  },
})
