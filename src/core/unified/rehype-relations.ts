/**
 * rehype plugin: read the relations between actors from the finished
 * annotation record (sentences with their ids, mentions) and add them to
 * it. It runs after `rehypeAnnotationMarkup` because edges cite sentence
 * ids, and it leaves the tree alone: relations are data for other pages, which
 * the pipeline joins to the record.
 */
import type { VFile } from 'vfile';
import type { Registry } from '../registry/registry.ts';
import { findRelations } from '../relations/index.ts';

export interface RelationsOptions {
  registry: Registry;
}

export function rehypeRelations({ registry }: RelationsOptions) {
  return (_tree: unknown, file: VFile) => {
    const annotations = file.data.annotations;
    if (annotations) file.data.relations = findRelations(registry, annotations.sentences, annotations.mentions);
  };
}
