/**
 * The quote finder's throughput on real news text, as the bench measures it
 * (`findQuotes` with no directory): every text given, read `rounds` times,
 * the median round reported in MB of UTF-16 text per second of this
 * process's CPU time, which other work on a shared machine disturbs far less
 * than wall-clock time.
 */
import { findQuotes } from '../../src/core/quotes/index.ts';

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export function quoteThroughput(texts: readonly string[], rounds = 7): { megabytes: number; mbPerSecond: number } {
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const times: number[] = [];
  // One round unmeasured, so the figures are of compiled code.
  for (let round = 0; round <= rounds; round++) {
    const start = cpuMilliseconds();
    for (const text of texts) findQuotes(text);
    if (round > 0) times.push(cpuMilliseconds() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const megabytes = characters / 1e6;
  return { megabytes, mbPerSecond: megabytes / (median / 1000) };
}
