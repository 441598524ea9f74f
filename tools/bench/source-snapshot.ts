/**
 * A copy of the repository's working tree for the benchmark to build from.
 *
 * A full run takes the better part of an hour. Edits made meanwhile (your
 * own, a `git pull`) would otherwise change the code between one build and
 * the next: the figures would mix versions, and a "warm" build after a change
 * to the annotation code re-renders every briefing. The copy holds every file
 * git tracks or would track (`git ls-files --cached --others
 * --exclude-standard`), so uncommitted work is measured as it stood at the
 * start, and it links the repository's node_modules rather than copying it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

export interface SourceSnapshot {
  /** Where to build from: the copy, or the repository itself where git cannot list its files. */
  root: string;
  /** The commit copied, and whether the working tree differed from it. */
  commit: { id: string; uncommittedChanges: boolean } | null;
}

export async function snapshotSources(repository: string, target: string): Promise<SourceSnapshot> {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repository, encoding: 'utf8', maxBuffer: 1e8 });
  const listed = git('ls-files', '-z', '--cached', '--others', '--exclude-standard');
  const head = git('rev-parse', '--short', 'HEAD');
  if (listed.status !== 0 || head.status !== 0) {
    console.warn('Not a git checkout: building the repository in place; edits during the run will change the figures.');
    return { root: repository, commit: null };
  }
  await rm(target, { recursive: true, force: true });
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    // A node_modules that is itself a symlink (a git worktree sharing another's) is not
    // matched by the `node_modules/` ignore rule; it is linked below, not copied.
    if (file === 'node_modules') continue;
    const from = path.join(repository, file);
    // Tracked but deleted in the working tree: not part of what is measured.
    if (!existsSync(from)) continue;
    const to = path.join(target, file);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
  }
  await symlink(path.join(repository, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  return {
    root: target,
    commit: { id: head.stdout.trim(), uncommittedChanges: git('status', '--porcelain').stdout.trim() !== '' },
  };
}
