/**
 * A child process whose output the operator sees as it comes and the build
 * reads afterwards for the cause of a failure (the tail is kept, not all:
 * a build of thousands of pages prints megabytes); optionally followed line
 * by line as it comes, and fed on stdin.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

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
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    echoStdout?: boolean;
    /** Each complete line of stdout, as it comes. */
    onStdoutLine?: (line: string) => void;
    /** Whether the child reads a stdin the caller writes. */
    stdin?: boolean;
  },
): {
  pid: number | undefined;
  result: Promise<ChildResult>;
  kill(signal: NodeJS.Signals): void;
  /** Its stdin, when asked for: a child that has exited ignores what is written. */
  stdin: Writable | null;
} {
  // Its own process group, so a kill reaches the workers it starts too.
  const child = spawn(process.execPath, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: 'pipe',
    detached: true,
  });
  let tail = '';
  let stdout = '';
  let partialLine = '';
  // Lines are read across chunks, and a character may be split between two.
  const decoder = new StringDecoder('utf8');
  // A child that exits before reading all of it closes the pipe: its exit status tells why, not EPIPE.
  child.stdin.on('error', () => {});
  // A child that is not fed reads the end of its input at once, as from /dev/null.
  if (!options.stdin) child.stdin.end();
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (options.echoStdout ?? true) process.stdout.write(chunk);
    else stdout += chunk.toString('utf8');
    if (options.onStdoutLine) {
      const lines = (partialLine + decoder.write(chunk)).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) options.onStdoutLine(line);
    }
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
  return { pid: child.pid, result, kill, stdin: options.stdin ? child.stdin : null };
}
