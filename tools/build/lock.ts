/**
 * One build at a time per output folder: a lock file beside it, created
 * exclusively (`wx`), holding who built and since when.
 *
 * Not proper-lockfile: it judges a lock stale by an mtime it refreshes on a
 * timer, so a build killed with SIGKILL blocks the next one for the stale
 * period, and it cannot say which build holds the lock. A build runs on one
 * machine, so the holder's pid says at once whether it is still alive.
 */
import { hostname } from 'node:os';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { BuildFailure, causeOf } from './failure.ts';

interface Holder {
  pid: number;
  host: string;
  /** ISO time the holder started. */
  started: string;
  /** The process groups of the holder's children (Astro, the indexer), which a SIGKILL of the holder leaves running. */
  children?: number[];
}

export interface BuildLock {
  path: string;
  /** Set when the lock was taken over from a build that died holding it. */
  tookOverFrom?: Holder;
  /** Note a child's process group, for a later build to stop if this one is killed. */
  recordChild(pid: number): void;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Stop a dead build's child group that still runs (it would go on writing
 * into a staging folder the next build removes), but only a group whose
 * leader is still one of our build's processes: a pid can be reused.
 */
function stopOrphanedGroup(group: number): void {
  let command: string;
  try {
    command = readFileSync(`/proc/${group}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!/astro\.mjs|index-search-cli\.ts/u.test(command)) return;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // Gone between the read and the kill.
  }
}

function readHolder(path: string): Holder | undefined {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string' || typeof holder.started !== 'string')
      return undefined;
    const children = Array.isArray(holder.children) ? holder.children.filter((pid) => typeof pid === 'number') : [];
    return { pid: holder.pid, host: holder.host, started: holder.started, children };
  } catch {
    return undefined;
  }
}

function create(path: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new BuildFailure(`cannot create the build lock ${path}: ${causeOf(error)}`);
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Take the lock for `outDir`, or fail naming the build that holds it. */
export function acquireBuildLock(outDir: string, now = new Date()): BuildLock {
  const path = `${outDir}.lock`;
  const holder: Holder = { pid: process.pid, host: hostname(), started: now.toISOString() };
  let tookOverFrom: Holder | undefined;
  if (!create(path, holder)) {
    const current = readHolder(path);
    // A lock whose holder is gone (killed, or the machine restarted) is taken over; one being written is not.
    const dead = current !== undefined && current.host === holder.host && !isAlive(current.pid);
    if (!dead) {
      const who = current ? `since ${current.started} (pid ${current.pid} on ${current.host})` : 'right now';
      throw new BuildFailure(
        `another build of ${outDir} is running ${who}; wait for it to finish, or delete ${path} if that build is gone`,
      );
    }
    for (const group of current.children ?? []) stopOrphanedGroup(group);
    rmSync(path, { force: true });
    if (!create(path, holder)) throw new BuildFailure(`another build of ${outDir} took the lock ${path} just now`);
    tookOverFrom = current;
  }
  return {
    path,
    ...(tookOverFrom ? { tookOverFrom } : {}),
    recordChild(pid) {
      holder.children = [...(holder.children ?? []), pid];
      writeFileSync(path, `${JSON.stringify(holder)}\n`);
    },
    release() {
      // Only our own lock: after a takeover race another build's file must stay.
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}
