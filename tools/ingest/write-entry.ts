/**
 * Writing an entry safely. The text goes to a hidden temporary file in the
 * target folder (hidden, so a build running meanwhile does not read it as an
 * entry; same folder, so the last step is a rename within one file system),
 * then takes the entry's name in one step: `rename` where replacing is
 * allowed, otherwise `link`, which fails if the name exists, so an entry
 * created a moment ago by someone else is never overwritten either.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Resolves `false` if `file` exists and `force` is not set; nothing is written then. */
export async function writeEntry(file: string, text: string, { force }: { force: boolean }): Promise<boolean> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `.${path.basename(file)}.${randomUUID()}.tmp`);
  await writeFile(temporary, text, { flag: 'wx' });
  try {
    if (force) {
      await rename(temporary, file);
      return true;
    }
    await link(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
