/**
 * Processors for briefings of any date: a briefing is read with the registry
 * on its date (`registryAt`), and briefings whose dates fall between the same
 * changes of names share one registry view and so one processor.
 */
import { registryAt, type Registry } from '../registry/registry.ts';
import { createBriefingProcessor, type BriefingPipelineOptions, type BriefingProcessor } from './pipeline.ts';

/** A function giving the processor for a briefing of `date`; `options.registry` is the undated registry. */
export function processorOnDate(options: BriefingPipelineOptions): (date: Date) => BriefingProcessor {
  const processors = new Map<Registry, BriefingProcessor>();
  return (date) => {
    const registry = registryAt(options.registry, date);
    const processor = processors.get(registry) ?? createBriefingProcessor({ ...options, registry });
    processors.set(registry, processor);
    return processor;
  };
}
