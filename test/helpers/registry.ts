/** The real actor registry from content/actors, compiled once per test file, and a briefing rendered against it. */
import { expect } from 'vitest';
import type { Registry } from '../../src/core/registry/registry.ts';
import { createBriefingProcessor, renderBriefing, type RenderedBriefing } from '../../src/core/unified/pipeline.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { ROOT } from './build.ts';

let registry: Promise<Registry> | undefined;

export function contentRegistry(): Promise<Registry> {
  registry ??= loadRegistry(ROOT, 'content/actors').then(({ registry: compiled, problems }) => {
    expect(problems.map(formatProblem)).toEqual([]);
    return compiled;
  });
  return registry;
}

/** A briefing body rendered by the real pipeline against the content registry, with discovery unless turned off. */
export async function renderWithContentRegistry(
  markdown: string,
  { discovery = true } = {},
): Promise<RenderedBriefing> {
  const processor = createBriefingProcessor({
    registry: await contentRegistry(),
    actorHref: (id) => `/actors/${id}/`,
    discovery,
  });
  return renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
}

/** Each mention of a briefing body as `words → actor`, in text order. */
export async function linkedMentions(markdown: string): Promise<string[]> {
  return (await renderWithContentRegistry(markdown)).record.mentions.map(({ text, actor }) => `${text} → ${actor}`);
}

/** Each build note on a briefing body as `rule: reason`. */
export async function buildNotes(markdown: string): Promise<string[]> {
  return (await renderWithContentRegistry(markdown)).messages.map((message) => `${message.ruleId}: ${message.reason}`);
}

/** The actor discovery found in a briefing body under `id`, if any. */
export async function discoveredActor(markdown: string, id: string) {
  return (await renderWithContentRegistry(markdown)).record.discovered.find((actor) => actor.id === id);
}
