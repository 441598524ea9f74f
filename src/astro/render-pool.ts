/**
 * Briefings rendered on every core: the main thread and one worker thread per
 * other core (`render-worker.ts`) each take the next briefing when they finish
 * one, and the outcomes come back in the briefings' order, so what the loader
 * stores, lists and prints is the same whoever rendered what.
 *
 * Workers pay off only past a hundred briefings each (each reads and compiles
 * the registry again, about a second), and only where nothing but data has to
 * cross to them: a site's remark plugins are functions, so with any, the main
 * thread renders alone. `BRIEFINGS_RENDER_WORKERS` sets the number of workers
 * (0: none), to bound memory (each holds the registry and the pipeline, about
 * 150 MB) or to test them on a small tree.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ActorLayers } from '../sources/registry/actor-layers.ts';
import type { RenderJob, RenderOutcome, Renderer } from './briefing-renderer.ts';

/** What a worker needs to render as the main thread does. */
export interface WorkerSetup {
  root: string;
  actorsDirectory: string;
  /** The digest of the registry the main thread compiled: the worker's must be the same. */
  registryDigest: string;
  layers: ActorLayers;
  notActors: string[];
  basePath: string;
}

/** A briefing as the main thread sends it to a worker. */
export interface WorkerRequest {
  index: number;
  job: RenderJob;
}

/** What a worker answers: the briefing's outcome, or why it cannot render at all. */
export type WorkerReply = { index: number; outcome: RenderOutcome } | { error: string };

const JOBS_PER_WORKER = 100;
const WORKERS_VARIABLE = 'BRIEFINGS_RENDER_WORKERS';
/** Jobs a worker holds at once, so it need not wait for the main thread to hand it the next. */
const IN_FLIGHT = 2;
const WORKER = new URL('./render-worker.ts', import.meta.url);

/** How many workers render `jobs` briefings beside the main thread. */
export function workerCount(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const setting = env[WORKERS_VARIABLE];
  if (setting !== undefined && setting !== '') {
    if (!/^\d+$/.test(setting)) throw new Error(`${WORKERS_VARIABLE} is "${setting}"; give a whole number (0: none)`);
    return Math.min(Number(setting), jobs);
  }
  return Math.min(availableParallelism() - 1, Math.floor(jobs / JOBS_PER_WORKER));
}

/** Lets worker replies in between two briefings the main thread renders. */
const yieldToEvents = () => new Promise((resolve) => setImmediate(resolve));

/** The outcome of each of `jobs`, in their order, rendered here and by `workers.count` workers. */
export async function* renderedInOrder(
  jobs: readonly RenderJob[],
  renderHere: Renderer,
  workers: { setup: WorkerSetup; count: number } | null,
): AsyncGenerator<RenderOutcome> {
  if (!workers || workers.count < 1) {
    for (const job of jobs) yield await renderHere(job);
    return;
  }
  const outcomes = jobs.map(() => Promise.withResolvers<RenderOutcome>());
  // Rejections are awaited in order below; until then they are not unhandled.
  for (const { promise } of outcomes) promise.catch(() => undefined);
  let next = 0;
  const take = () => (next < jobs.length ? next++ : -1);
  const fail = (reason: string) => {
    next = jobs.length;
    for (const outcome of outcomes) outcome.reject(new Error(`A render worker failed: ${reason}`));
  };

  const threads = Array.from({ length: workers.count }, () => new Worker(WORKER, { workerData: workers.setup }));
  for (const worker of threads) {
    const held = new Set<number>();
    const feed = () => {
      while (held.size < IN_FLIGHT) {
        const index = take();
        const job = jobs[index];
        if (!job) return;
        held.add(index);
        worker.postMessage({ index, job } satisfies WorkerRequest);
      }
    };
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) return fail(reply.error);
      held.delete(reply.index);
      outcomes[reply.index]?.resolve(reply.outcome);
      feed();
    });
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => {
      if (held.size > 0) fail(`it stopped (exit ${code}) with ${held.size} briefings unrendered`);
    });
    feed();
  }
  const here = async () => {
    for (let index = take(); index >= 0; index = take()) {
      const job = jobs[index];
      if (!job) break;
      await renderHere(job).then(outcomes[index]?.resolve, outcomes[index]?.reject);
      await yieldToEvents();
    }
  };
  const mainThread = here();
  try {
    for (const { promise } of outcomes) yield await promise;
  } finally {
    // Stopped early (a failed briefing): the main thread takes no more.
    next = jobs.length;
    await mainThread.catch(() => undefined);
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}
