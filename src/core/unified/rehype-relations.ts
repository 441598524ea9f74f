/**
 * rehype plugin: read the relations between actors (who backs, fights,
 * meets or condemns whom) from the briefing's sentences and mentions, and
 * keep them on the file for the record. Edges cite sentence ids, so it runs
 * after `rehypeSentences`; it leaves the tree alone.
 */
import type { VFile } from 'vfile';
import type { Registry } from '../registry/registry.ts';
import { findRelations } from '../relations/index.ts';
import './vfile-data.ts';

export interface RelationsOptions {
  registry: Registry;
}

export function rehypeRelations({ registry }: RelationsOptions) {
  return (_tree: unknown, file: VFile) => {
    file.data.relations = findRelations(registry, file.data.sentences ?? [], file.data.mentions ?? []);
  };
}
