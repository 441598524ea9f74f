/**
 * Every file of a built site by its path, with a sha256 of its bytes: two
 * sites are the same when these are equal.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export function siteDigests(outDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(outDir, file)).isFile())
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(outDir, file)))
          .digest('hex'),
      ]),
  );
}
