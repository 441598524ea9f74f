/**
 * A render worker (`render-pool.ts`): renders the briefings the main thread
 * sends it with the same registry and settings as the main thread, which it
 * reads again itself (a compiled registry cannot cross threads) and checks by
 * digest, so a registry changed during the build fails it rather than
 * rendering some briefings with another one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '../sources/registry/load-registry.ts';
import { briefingRenderer } from './briefing-renderer.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './render-pool.ts';

const port = parentPort;
if (!port) throw new Error('render-worker.ts runs only as a worker thread (render-pool.ts starts it)');
const setup = workerData as WorkerSetup;

try {
  const loaded = await loadRegistry(setup.root, setup.actorsDirectory, setup.layers);
  if (loaded.digest !== setup.registryDigest) {
    throw new Error(`the actor registry in ${setup.actorsDirectory} changed during the build; build again`);
  }
  const render = briefingRenderer({
    registry: loaded.registry,
    layers: setup.layers,
    notActors: new Set(setup.notActors),
    basePath: setup.basePath,
    remarkPlugins: [],
  });
  port.on('message', ({ index, job }: WorkerRequest) => {
    render(job).then(
      (outcome) => port.postMessage({ index, outcome } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ error: `${job.path}: ${String(error)}` } satisfies WorkerReply),
    );
  });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
}
