/**
 * How the build script fails: one message naming the cause, never a stack
 * trace. File-system errors are named by what they mean to an operator (a
 * full disk, a read-only folder), since Node's own message ("ENOSPC: no
 * space left on device, write") says what failed but not what to do.
 */
import { statfsSync } from 'node:fs';

/** A failure the script reports in its own words and exits non-zero on. */
export class BuildFailure extends Error {
  override name = 'BuildFailure';
}

const CAUSES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
};

/**
 * The operator's reading of a file-system error, or its own message when it
 * is none of the known causes. Given the folder written to, a full disk is
 * named whatever the error says: a copy onto a full tmpfs fails with EIO.
 */
export function causeOf(error: unknown, writtenTo?: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && code in CAUSES) return `${CAUSES[code]} (${code})`;
  if (writtenTo !== undefined && isFull(writtenTo)) return `the disk is full (${code ?? 'no space'})`;
  return error instanceof Error ? error.message : String(error);
}

function isFull(folder: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize < 1024 * 1024;
  } catch {
    return false;
  }
}

/** The cause a failed child printed, read from its output: Pagefind and Astro print the OS error in words. */
export function causeInOutput(output: string): string | undefined {
  if (/no space left on device|ENOSPC/iu.test(output)) return 'the disk is full (ENOSPC)';
  if (/read-only file system|EROFS/iu.test(output)) return 'the folder is on a read-only file system (EROFS)';
  if (/permission denied|EACCES/iu.test(output)) return 'permission denied (EACCES)';
  return undefined;
}
