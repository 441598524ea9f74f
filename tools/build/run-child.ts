/**
 * A child process whose output the operator sees as it comes and the build
 * reads afterwards for the cause of a failure (the tail is kept, not all:
 * a build of thousands of pages prints megabytes).
 */
import { spawn } from 'node:child_process';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last 64 KB of stdout and stderr together. */
  tail: string;
  stdout: string;
}

const TAIL = 64 * 1024;

export function runChild(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; echoStdout?: boolean },
): { pid: number | undefined; result: Promise<ChildResult>; kill(signal: NodeJS.Signals): void } {
  // Its own process group, so a kill reaches the workers it starts too.
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let tail = '';
  let stdout = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (options.echoStdout ?? true) process.stdout.write(chunk);
    else stdout += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    keep(chunk);
    process.stderr.write(chunk);
  });
  const result = new Promise<ChildResult>((resolve) => {
    child.on('error', (error) => resolve({ code: 1, signal: null, tail: `${tail}\n${error.message}`, stdout }));
    child.on('close', (code, signal) => resolve({ code, signal, tail, stdout }));
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return { pid: child.pid, result, kill };
}
