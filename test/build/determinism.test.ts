/**
 * Two clean builds of the same content, in different time zones and locales,
 * write byte-identical sites: dates, sorting and ids must not depend on the
 * machine that builds.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';

function digests(outDir: string): Record<string, string> {
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

test('builds in different time zones and locales are byte-identical', () => {
  const east = buildSite({
    name: 'tz-east',
    env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
  });
  const west = buildSite({
    name: 'tz-west',
    env: { TZ: 'Pacific/Pago_Pago', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  });
  expect(east.status).toBe(0);
  expect(west.status).toBe(0);
  const a = digests(east.outDir);
  expect(Object.keys(a).length).toBeGreaterThan(100);
  expect(digests(west.outDir)).toEqual(a);
});
