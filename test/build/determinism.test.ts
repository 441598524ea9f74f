/**
 * Two clean builds of the same content, in different time zones and locales,
 * write byte-identical sites: dates, sorting and ids must not depend on the
 * machine that builds.
 */
import { expect, test } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { snapshot } from '../helpers/fixture-site.ts';

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
  const a = snapshot(east.outDir);
  expect(Object.keys(a).length).toBeGreaterThan(100);
  expect(snapshot(west.outDir)).toEqual(a);
});
