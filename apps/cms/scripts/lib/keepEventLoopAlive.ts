/**
 * Imported first by every script that awaits at top level.
 *
 * On Node 20, tsx resolves and compiles modules on a loader-hooks thread, and an `await import()`
 * waits for that thread with Atomics.waitAsync, which does not keep the event loop alive. On a busy
 * machine the loop can drain before the answer arrives; Node then exits with code 13 (unsettled
 * top-level await) without printing anything. CI saw exactly that, once in `prepare.ts --seed` and
 * once in `import-legacy.ts`. A ref'd timer keeps the process up until the script calls
 * process.exit (every script here ends that way, or runs a server).
 */
const LONGEST_TIMER_MS = 2 ** 31 - 1

setInterval(() => undefined, LONGEST_TIMER_MS)
