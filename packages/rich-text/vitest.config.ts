import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Pure code: a test that runs a minute is stuck, while property tests on a loaded 2-core CI
    // machine can take several times vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
