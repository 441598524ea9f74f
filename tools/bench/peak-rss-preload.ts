/**
 * Preloaded into every Node process of a measured build (`--import`) where
 * GNU time is missing: at exit each process appends its own peak resident
 * set size, in kilobytes, to the file named by `BENCH_RSS_FILE`. Worker
 * threads share their process's memory, so they are included; programs that
 * are not Node (a native binary a build spawns) are not.
 */
import { appendFileSync } from 'node:fs';

const file = process.env['BENCH_RSS_FILE'];
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
