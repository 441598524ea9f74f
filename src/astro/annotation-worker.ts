/**
 * An annotation worker thread (`annotation-pool.ts` starts it): makes the
 * annotator once from the settings it is started with and the site's remark
 * plugins, then renders each task it is sent and posts the result back with
 * the task's index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { PluggableList } from 'unified';
import { createAnnotator, type AnnotationTask, type AnnotatorSettings } from './briefing-annotator.ts';

export interface WorkerStart {
  settings: AnnotatorSettings;
  /** `briefings.config.ts`, whose remark plugins the loader's thread runs too; functions cannot be sent. */
  configFile: string;
}

export interface WorkerTask {
  index: number;
  task: AnnotationTask;
}

const { settings, configFile } = workerData as WorkerStart;
const config = (await import(pathToFileURL(configFile).href)) as { default: { remarkPlugins?: PluggableList } };
const annotate = createAnnotator(settings, config.default.remarkPlugins ?? []);

parentPort?.on('message', ({ index, task }: WorkerTask) => {
  annotate(task).then(
    (result) => parentPort?.postMessage({ index, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        index,
        error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) },
      }),
  );
});
