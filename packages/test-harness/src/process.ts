import { type ChildProcess, spawn } from 'node:child_process'

export interface RunningProcess {
  child: ChildProcess
  /** What it has printed so far, for error messages. */
  output(): string
  stop(): Promise<void>
}

const STOP_GRACE_MS = 15_000

/** Signals the whole process group; one that has already gone is fine. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error
  }
}

/** Spawns a long-running server in its own process group so stopping it also stops its children. */
export function startProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): RunningProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return {
    child,
    output: () => output,
    async stop() {
      // A process killed by a signal keeps exitCode null: without signalCode, a second stop() would
      // wait for an 'exit' that has already happened.
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      signalGroup(child.pid, 'SIGTERM')
      const stubborn = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), STOP_GRACE_MS)
      await exited
      clearTimeout(stubborn)
    },
  }
}
