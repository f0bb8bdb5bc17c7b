/**
 * A whole-process deadline for one-shot scripts (database preparation, import): if the work has not
 * finished in time the process says what it was doing and exits 1, instead of waiting forever on a
 * database that never answers. The timer is unref'd, so it never keeps a finished script alive;
 * the function returned cancels it (for a script that goes on to serve).
 */
export function exitAfter(seconds: number, what: string): () => void {
  const timer = setTimeout(() => {
    console.error(`${what} did not finish within ${seconds} s; stopping.`)
    process.exit(1)
  }, seconds * 1000).unref()
  return () => clearTimeout(timer)
}

/** A deadline in seconds from the environment variable `name`, or `fallback`. */
export function deadlineSeconds(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} must be a whole number of seconds above 0, not "${raw}"`)
    process.exit(2)
  }
  return value
}
