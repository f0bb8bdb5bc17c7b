import { type ChildProcess, spawn } from 'node:child_process'

export interface RunningProcess {
  child: ChildProcess
  /** What it has printed so far, for error messages. */
  output(): string
  stop(): Promise<void>
}

const STOP_GRACE_MS = 15_000
const KEPT_OUTPUT_CHARS = 20_000

/** Signals the whole process group; one that has already gone is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** SIGTERM to the group, SIGKILL after a grace period, resolved once the child has exited. */
async function stopGroup(child: ChildProcess): Promise<void> {
  // A process killed by a signal keeps exitCode null: without signalCode, a second stop() would
  // wait for an 'exit' that has already happened.
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  signalGroup(child.pid, 'SIGTERM')
  const stubborn = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), STOP_GRACE_MS)
  await exited
  clearTimeout(stubborn)
}

/** Keeps the last `KEPT_OUTPUT_CHARS` characters a stream printed. */
function tail(): { keep(chunk: Buffer): void; text(): string } {
  let text = ''
  return {
    keep: (chunk) => {
      text = (text + chunk.toString()).slice(-KEPT_OUTPUT_CHARS)
    },
    text: () => text,
  }
}

/** Spawns a long-running server in its own process group so stopping it also stops its children. */
export function startProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): RunningProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const output = tail()
  child.stdout?.on('data', output.keep)
  child.stderr?.on('data', output.keep)
  return { child, output: output.text, stop: () => stopGroup(child) }
}

export interface CommandOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** The deadline: past it the command's whole process group is killed and the call fails. */
  timeoutMs: number
  /** Resolve with the result even when the command exits non-zero (it still fails on the deadline). */
  allowFailure?: boolean
}

export interface CommandResult {
  /** The exit code, or null when a signal ended it. */
  code: number | null
  stdout: string
  stderr: string
}

/** Why a command failed, with what it printed: enough to act on from a CI log alone. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly result: CommandResult,
  ) {
    super(message)
    this.name = 'CommandError'
  }
}

function describeCommand(command: string, args: string[]): string {
  return [command, ...args].map((word) => (/^[\w./:=@-]+$/.test(word) ? word : JSON.stringify(word))).join(' ')
}

/**
 * Runs a command to completion, with a deadline. Every short-lived child process the tests, the
 * harness and the benchmarks start goes through here: it runs in a process group of its own, so
 * at the deadline the command and everything it started are killed, and the error says which
 * command, after how long, and what it had printed. Standard input is closed, as in CI.
 */
export async function runCommand(command: string, args: string[], options: CommandOptions): Promise<CommandResult> {
  const started = Date.now()
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  const stderr = tail()
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr?.on('data', stderr.keep)

  let timedOut = false
  const deadline = setTimeout(() => {
    timedOut = true
    void stopGroup(child)
  }, options.timeoutMs)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (exitCode) => resolve(exitCode))
  }).finally(() => clearTimeout(deadline))

  const result = { code, stdout, stderr: stderr.text() }
  const printed = `\n--- stdout (last part) ---\n${stdout.slice(-KEPT_OUTPUT_CHARS)}\n--- stderr (last part) ---\n${result.stderr}`
  if (timedOut) {
    throw new CommandError(
      `\`${describeCommand(command, args)}\` did not finish within ${options.timeoutMs / 1000} s and was killed with its process group.${printed}`,
      result,
    )
  }
  if (code !== 0 && !options.allowFailure) {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    throw new CommandError(
      `\`${describeCommand(command, args)}\` exited with ${code ?? child.signalCode} after ${seconds} s.${printed}`,
      result,
    )
  }
  return result
}
