/**
 * A build that fails at a size (the annotated site out of memory at 20,000
 * briefings) is recorded with the line of its log that says why, so the
 * table can show it beside the sizes that built.
 */
import { expect, test } from 'vitest';
import { causeIn } from '../../tools/bench/measured-run.ts';

test.each([
  [
    'out of memory in content sync',
    [
      '08:01:12 [content] Syncing content',
      '<--- Last few GCs --->',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ' 1: 0xb8d0a3 node::Abort() [node]',
      'The build failed: the process was killed',
    ],
    'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
  ],
  [
    "Astro's store writer past V8's string limit",
    ['08:05:40 [content] Synced content', 'RangeError: Invalid string length', '    at Array.join (<anonymous>)'],
    'RangeError: Invalid string length',
  ],
  [
    'no line that names a cause: the last one',
    ['08:01:12 [content] Syncing content', '', 'The build failed; dist/ was left as it was.', ''],
    'The build failed; dist/ was left as it was.',
  ],
])('%s', (_case, lines, cause) => {
  expect(causeIn(lines.join('\n'))).toBe(cause);
});

test('an empty log', () => {
  expect(causeIn('')).toBe('no output');
});
