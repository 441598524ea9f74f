/** The real actor registry from content/actors, compiled once per test file. */
import { expect } from 'vitest';
import type { Registry } from '../../src/core/registry/registry.ts';
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
