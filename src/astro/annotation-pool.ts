/**
 * Briefings annotated on every core: worker threads (node:worker_threads,
 * which Node ships; the pool is a few lines, so no library) each make the
 * annotator once, then take the next briefing as soon as they finish one.
 * Results come back in the order of the tasks, whichever worker finished
 * first, so the loader stores them in the same order on every build and the
 * site stays byte-identical.
 *
 * A worker costs its start (loading the pipeline, compiling the registry),
 * so a small load, or a machine with one core, is annotated on the loader's
 * own thread with the same annotator. `BRIEFINGS_ANNOTATION_WORKERS` sets
 * the number of workers (0 or 1: none).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PluggableList } from 'unified';
import {
  createAnnotator,
  type AnnotationResult,
  type AnnotationTask,
  type AnnotatorSettings,
} from './briefing-annotator.ts';
import type { WorkerStart, WorkerTask } from './annotation-worker.ts';

/** Briefings a worker must have to be worth its start (about 1.5 s against about 7 ms a briefing). */
const BRIEFINGS_PER_WORKER = 250;

export interface PoolOptions {
  settings: AnnotatorSettings;
  /** The site's remark plugins, for annotating on this thread. */
  remarkPlugins: PluggableList;
  /** The module they come from (`briefings.config.ts`), which each worker imports for itself. */
  configFile: string;
  env?: NodeJS.ProcessEnv;
}

/** How many workers annotate `tasks` briefings; 1 or less means this thread does. */
export function workerCount(tasks: number, env: NodeJS.ProcessEnv = process.env): number {
  const setting = env['BRIEFINGS_ANNOTATION_WORKERS'];
  if (setting !== undefined && setting !== '') {
    const count = Number(setting);
    if (!Number.isInteger(count) || count < 0) {
      throw new Error(`BRIEFINGS_ANNOTATION_WORKERS is "${setting}"; give a whole number of workers (0 for none)`);
    }
    return Math.min(count, tasks);
  }
  return Math.min(os.availableParallelism(), Math.floor(tasks / BRIEFINGS_PER_WORKER));
}

/** Each task's result, in the order of the tasks. */
export async function* annotateInOrder(
  tasks: readonly AnnotationTask[],
  options: PoolOptions,
): AsyncGenerator<AnnotationResult> {
  const workers = workerCount(tasks.length, options.env);
  if (workers <= 1) {
    const annotate = createAnnotator(options.settings, options.remarkPlugins);
    for (const task of tasks) yield await annotate(task);
    return;
  }
  yield* inWorkers(tasks, options, workers);
}

type WorkerReply =
  { index: number; result: AnnotationResult } | { index: number; error: { message: string; stack?: string } };

async function* inWorkers(
  tasks: readonly AnnotationTask[],
  options: PoolOptions,
  count: number,
): AsyncGenerator<AnnotationResult> {
  const start: WorkerStart = { settings: options.settings, configFile: options.configFile };
  const pool = Array.from(
    { length: count },
    () => new Worker(new URL('./annotation-worker.ts', import.meta.url), { workerData: start }),
  );
  // Results that arrived before those of earlier tasks, until their turn.
  const arrived = new Map<number, AnnotationResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let next = 0;
  const notify = () => {
    wake?.();
    wake = null;
  };
  // The task each worker is annotating, to name its file if the worker dies.
  const inFlight = new Map<Worker, number>();
  const give = (worker: Worker) => {
    inFlight.delete(worker);
    if (next >= tasks.length) return;
    const index = next++;
    inFlight.set(worker, index);
    worker.postMessage({ index, task: tasks[index] } satisfies WorkerTask);
  };
  for (const worker of pool) {
    worker.on('message', (reply: WorkerReply) => {
      if ('error' in reply) {
        // The worker's stack, for whoever wrote the plugin that threw, goes with the error as its cause.
        const cause = Object.assign(new Error(reply.error.message), { stack: reply.error.stack });
        failure ??= new Error(`${tasks[reply.index]?.path}: ${reply.error.message}`, { cause });
      } else {
        arrived.set(reply.index, reply.result);
        give(worker);
      }
      notify();
    });
    // A worker that dies (out of memory, a crash in its start) fails the load, naming what it was annotating.
    worker.on('error', (error) => {
      const index = inFlight.get(worker);
      const file = index === undefined ? 'starting an annotation worker' : tasks[index]?.path;
      failure ??= new Error(`${file}: ${error.message}`, { cause: error });
      notify();
    });
    worker.on('exit', (code) => {
      if (inFlight.has(worker)) failure ??= new Error(`an annotation worker stopped with exit code ${code}`);
      notify();
    });
    give(worker);
  }
  try {
    for (let index = 0; index < tasks.length; index++) {
      while (!arrived.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const result = arrived.get(index) as AnnotationResult;
      arrived.delete(index);
      yield result;
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
