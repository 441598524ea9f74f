/**
 * Putting a finished site in place of the old one, and repairing what an
 * interrupted build left. The output folder is a real folder (static hosts
 * and `cp -r` copy a symlink as a link), so the swap is two renames: the old
 * site aside, the new one in. Nothing can make that pair atomic from Node
 * (Linux's RENAME_EXCHANGE is not exposed), so every step is recoverable
 * instead: the next build, holding the lock, puts back a site a kill moved
 * aside and says so, before it builds anything.
 *
 * The site is built inside the project (see `workspaceFor`) and brought
 * beside the output first (renamed, or copied when the output is on
 * another file system), so the swap itself is two renames in one folder.
 *
 * When the output is a mount point (a container volume), it cannot be
 * renamed at all (EBUSY, or EXDEV across file systems), so its contents are
 * replaced instead, through two folders inside it: `.incoming-<pid>` (a copy
 * of the new site, marked complete once copied) and `.outgoing-<pid>` (the
 * old site's entries, marked once all are moved). From any state a kill
 * leaves, recovery finishes the swap when the new site was complete, and
 * undoes it otherwise.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BuildFailure, causeOf } from './failure.ts';
import { stopHereFor } from './fault-points.ts';

export interface Workspace {
  /** Where Astro builds and Pagefind indexes: inside the project, one folder per build. */
  staging: string;
  /** The finished site beside the output, ready to be renamed into place. */
  incoming: string;
  /** The old site, moved aside for the moment of the swap. */
  previous: string;
}

/**
 * The folders one build works in, unique to it, so no clean-up can touch
 * another build's. Astro builds inside the project because it moves its
 * prerendered assets from the project's `.astro/` into the output by
 * rename, which fails (EXDEV) when the output is on another file system,
 * and because an output outside the project makes Astro share one
 * `.astro/.prerender/` among all builds.
 */
export function workspaceFor(root: string, outDir: string, pid = process.pid): Workspace {
  return {
    staging: path.join(stagingRoot(root), String(pid)),
    incoming: `${outDir}.building-${pid}`,
    previous: `${outDir}.previous-${pid}`,
  };
}

function stagingRoot(root: string): string {
  return path.join(root, '.staging');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the staging folders of builds that are gone (a build of another output may be using its own). */
export function removeDeadStaging(root: string): number {
  const dir = stagingRoot(root);
  if (!existsSync(dir)) return 0;
  const dead = readdirSync(dir).filter((name) => !/^\d+$/u.test(name) || !isAlive(Number(name)));
  for (const name of dead) rmSync(path.join(dir, name), { recursive: true, force: true });
  return dead.length;
}

const INCOMING = '.incoming-';
const OUTGOING = '.outgoing-';
/** Written into `.incoming-*` once the copy is whole, and into `.outgoing-*` once every old entry is in it. */
const DONE = '.done';

/** Move `from`'s entries into `into`, but the swap's own folders and markers. */
function moveEntries(from: string, into: string): void {
  for (const name of readdirSync(from)) {
    if (name === DONE || name.startsWith(INCOMING) || name.startsWith(OUTGOING)) continue;
    renameSync(path.join(from, name), path.join(into, name));
  }
}

/** Finish (or undo) a contents swap from whatever step it stopped at. Returns what it did, or nothing. */
function settleContentsSwap(outDir: string): string | undefined {
  const names = readdirSync(outDir);
  const incoming = names.find((name) => name.startsWith(INCOMING));
  const outgoing = names.find((name) => name.startsWith(OUTGOING));
  if (incoming === undefined && outgoing === undefined) return undefined;
  const incomingPath = incoming === undefined ? undefined : path.join(outDir, incoming);
  const outgoingPath = outgoing === undefined ? undefined : path.join(outDir, outgoing);
  const complete = incomingPath !== undefined && existsSync(path.join(incomingPath, DONE));
  let did: string;
  if (complete && incomingPath) {
    const aside = outgoingPath ?? path.join(outDir, `${OUTGOING}recovered`);
    mkdirSync(aside, { recursive: true });
    // Until the old entries are all aside, none of the new ones has moved in, so what is here is old.
    if (!existsSync(path.join(aside, DONE))) {
      moveEntries(outDir, aside);
      writeFileSync(path.join(aside, DONE), '');
    }
    stopHereFor('contents-swap');
    moveEntries(incomingPath, outDir);
    did = `finished publishing the site a stopped build had begun to move into ${outDir}`;
  } else if (outgoingPath) {
    // The new site was never whole: put the old entries back.
    moveEntries(outgoingPath, outDir);
    did = `put back the site a stopped build had begun to move out of ${outDir}`;
  } else {
    did = `removed the partial copy a stopped build left in ${outDir}`;
  }
  if (incomingPath) rmSync(incomingPath, { recursive: true, force: true });
  if (outgoingPath) rmSync(outgoingPath, { recursive: true, force: true });
  rmSync(path.join(outDir, `${OUTGOING}recovered`), { recursive: true, force: true });
  return did;
}

/**
 * Under the lock, before building: put back a site that an interrupted swap
 * left aside, and remove the folders stopped builds left. Returns a line for
 * each repair, for the operator.
 */
export function recoverOutput(outDir: string): string[] {
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  const leftover = (kind: string) => (name: string) =>
    name === `${base}.${kind}` || name.startsWith(`${base}.${kind}-`);
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const notes: string[] = [];
  const previous = names
    .filter(leftover('previous'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const newest = previous[0];
  if (!existsSync(outDir) && newest !== undefined) {
    renameSync(newest, outDir);
    notes.push(
      `restored ${outDir} from ${newest}: a build was stopped between moving the old site aside and the new one in`,
    );
  }
  if (existsSync(outDir) && statSync(outDir).isDirectory()) {
    const settled = settleContentsSwap(outDir);
    if (settled) notes.push(settled);
  }
  const stale = readdirSync(dir).filter((name) => leftover('previous')(name) || leftover('building')(name));
  for (const name of stale) rmSync(path.join(dir, name), { recursive: true, force: true });
  if (stale.length > 0) notes.push(`removed ${stale.length} folder(s) that stopped builds left beside ${outDir}`);
  return notes;
}

/** Replace the contents of `outDir`, a folder that cannot itself be renamed (a mount point), with `site`'s. */
function publishContents(site: string, outDir: string): void {
  const incoming = path.join(outDir, `${INCOMING}${process.pid}`);
  // A copy: a mount point is another file system, where renames from outside fail with EXDEV.
  cpSync(site, incoming, { recursive: true });
  writeFileSync(path.join(incoming, DONE), '');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(path.join(outDir, `${OUTGOING}${process.pid}`));
  settleContentsSwap(outDir);
}

/** Bring the built site beside the output: a rename on one file system, a copy across two. */
function bringBeside(staging: string, incoming: string): void {
  try {
    renameSync(staging, incoming);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    try {
      cpSync(staging, incoming, { recursive: true });
    } catch (copyError) {
      rmSync(incoming, { recursive: true, force: true });
      throw copyError;
    }
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Put the finished site at `workspace.staging` in place of `outDir`. */
export function publish(workspace: Workspace, outDir: string): void {
  const { staging, incoming, previous } = workspace;
  try {
    bringBeside(staging, incoming);
  } catch (error) {
    throw new BuildFailure(`cannot write the new site beside ${outDir}: ${causeOf(error, path.dirname(outDir))}`);
  }
  try {
    if (existsSync(outDir)) renameSync(outDir, previous);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EBUSY' && code !== 'EXDEV') throw new BuildFailure(`cannot move ${outDir} aside: ${causeOf(error)}`);
    try {
      publishContents(incoming, outDir);
    } catch (contentsError) {
      if (existsSync(outDir)) settleContentsSwap(outDir);
      throw new BuildFailure(`cannot replace the contents of ${outDir}: ${causeOf(contentsError, outDir)}`);
    }
    return;
  }
  stopHereFor('between-renames');
  try {
    renameSync(incoming, outDir);
  } catch (error) {
    if (existsSync(previous)) renameSync(previous, outDir);
    throw new BuildFailure(`cannot move the new site into ${outDir}: ${causeOf(error)}`);
  }
  rmSync(previous, { recursive: true, force: true });
}
